def f(x):
    try:
        return 10 // x
    finally:
        print("cleanup")
print(f(2))
