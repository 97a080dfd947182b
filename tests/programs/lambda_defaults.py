"""Default values in lambdas: plain defaults and the `lambda i=i:` capture idiom."""

late = [lambda: i for i in range(4)]
bound = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in late], [f() for f in bound])

add = lambda x, y=2: x + y
print(add(5), list(map(add, [1, 2, 3])))

base = 100
offset = lambda x, b=base: x + b
base = 0
print(offset(1), base)

adders = [lambda x, k=k: x + k for k in range(5)]
print([a(10) for a in adders])

def make(step):
    return lambda x, s=step * 2: x + s

print(make(3)(1), sorted([3, 1, 2], key=lambda v, m=-1: v * m))
