def g(n):
    try:
        return n
    finally:
        print("done")

print(g(1))
