# Unpacking generators and iterators: CPython pulls at most one item more than the targets.
import itertools


def pair():
    yield 1
    yield 2


def noisy(n):
    for i in range(n):
        print("  yielding", i)
        yield i * 10


a, b = pair()
print(a, b)
c, *d = pair()
print(c, d)
*e, f = noisy(3)
print(e, f)
x, y = iter([5, 6])
print(x, y)
for want in (1, 3):
    try:
        if want == 1:
            (only,) = noisy(4)
        else:
            p, q, r = noisy(2)
    except ValueError as err:
        print("ValueError:", err)
try:
    u, v = itertools.count()
except ValueError as err:
    print("ValueError:", err)
s, t = map(int, "3 4".split())
print(s + t)
i, j, k = range(3)
(n0, w0), (n1, w1) = enumerate(["a", "b"])
z1, z2 = zip("ab", [1, 2])
r1, r2 = reversed([8, 9])
m1, m2 = map(lambda v: v * v, [3, 4])
print(i, j, k, n0, w0, n1, w1, z1, z2, r1, r2, m1, m2)
g0, g1 = (v + 1 for v in range(2))
print(g0, g1)
