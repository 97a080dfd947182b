# Tuples: literals, multiple return values, unpacking and swaps.
def min_max_mean(xs):
    lo = xs[0]
    hi = xs[0]
    total = 0
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        total += x
    return lo, hi, total / len(xs)

def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x1, y1 = ext_gcd(b, a % b)
    return g, y1, x1 - (a // b) * y1

t = (1, 2.5, True, "s")
print(t)
print((), (5,), (1, 2), ((1, 2), (3.5, -0.0)))
lo, hi, mean = min_max_mean([4, -2, 9, 7])
print(lo, hi, mean)
print(min_max_mean([1.5, 2.5]))
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
for n in [0, 1, 2, 10, 50, 90]:
    print(n, fib_pair(n))
print(ext_gcd(240, 46), ext_gcd(17, 5), ext_gcd(5, 0))
g, s, r = ext_gcd(99, 78)
print(g, s, r, 99 * s + 78 * r)
q, rem = divmod(100, 7)
print(q, rem)
p = (3, 4)
px, py = p
print(px * py, p)
a, b = 0, 1
seq = []
while a < 100:
    seq.append(a)
    a, b = b, a + b
print(seq)
u, v = 1.5, 2
u, v = v, u
print(u, v)
