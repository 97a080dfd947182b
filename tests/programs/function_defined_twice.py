def f(x):
    return x + 1

print(f(1))          # CPython 2

def f(x):
    return x * 10

print(f(1))          # CPython 10
