# Values that are complex or another number in one slot (reduce from 0, a root that is
# real or complex): arithmetic, abs, unary ops, isinstance and CPython's TypeError per member.
from functools import reduce
import cmath

def mandelbrot(a):
    return reduce(lambda z, _: z * z + a, range(20), 0)

print(abs(mandelbrot(complex(0.1, 0.2))) < 2, mandelbrot(complex(0.1, 0.2)))

def roots(a, b, c):
    delta = b * b - 4 * a * c
    r1 = (-b + cmath.sqrt(delta)) / (2 * a)
    r2 = (-b - cmath.sqrt(delta)) / (2 * a)
    return (r1.real if not r1.imag else r1, r2.real if not r2.imag else r2)

print(roots(1, 3, -4), roots(5, 6, 1), roots(1, -6, 25))
z = 0
for k in range(5):
    z = z * z + complex(0.25, 0.5)
    print(z, isinstance(z, complex), isinstance(z, (int, float)))
w = 1
print(w, isinstance(w, complex))
w = w + 2j
print(w, isinstance(w, complex), w == 1 + 2j)
u = 3 if w.imag > 5 else 2j
try:
    print(u // 2)
except TypeError as e:
    print("TE", e)
print(-u, abs(u), +u, u * u, u ** 2, 1 / u, u - 1, u == 2j, u != 3)
vals = [1, 2.5, 3j]
print(vals, [v * 2 for v in vals], sum(vals))
