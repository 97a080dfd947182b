def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen():
    break
print("after")
