def add(a, b=2):
    return a + b

print(add())
print(add(1, 2, 3))
print(add(1, c=4))
print("a" - 1)
