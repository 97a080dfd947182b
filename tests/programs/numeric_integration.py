# Trapezoid, midpoint and Simpson integration of math functions.
import math
from math import sin, exp, sqrt

def f_poly(x):
    return 3 * x * x + 2 * x + 1

def f_gauss(x):
    return exp(-x * x)

def f_circle(x):
    return sqrt(1.0 - x * x) if x * x < 1.0 else 0.0

def trapezoid(which, a, b, n):
    h = (b - a) / n
    s = 0.5 * (evaluate(which, a) + evaluate(which, b))
    for i in range(1, n):
        s += evaluate(which, a + i * h)
    return s * h

def midpoint(which, a, b, n):
    h = (b - a) / n
    s = 0.0
    for i in range(n):
        s += evaluate(which, a + (i + 0.5) * h)
    return s * h

def simpson(which, a, b, n=100):
    if n % 2 == 1:
        n += 1
    h = (b - a) / n
    s = evaluate(which, a) + evaluate(which, b)
    for i in range(1, n):
        coef = 4 if i % 2 == 1 else 2
        s += coef * evaluate(which, a + i * h)
    return s * h / 3

def evaluate(which, x):
    if which == 0:
        return f_poly(x)
    elif which == 1:
        return f_gauss(x)
    elif which == 2:
        return sin(x)
    return f_circle(x)

print(trapezoid(0, 0, 1, 10), midpoint(0, 0, 1, 10), simpson(0, 0, 1, 10))
print(trapezoid(1, -3.0, 3.0, 200), simpson(1, -3.0, 3.0), math.sqrt(math.pi))
print(trapezoid(2, 0.0, math.pi, 1000), midpoint(2, 0.0, math.pi, 1000), simpson(2, 0.0, math.pi, n=51))
quarter = simpson(3, 0.0, 1.0, 2000)
print(quarter, 4 * quarter, abs(4 * quarter - math.pi) < 1e-3)
for n in [2, 4, 8, 16, 32]:
    err = abs(trapezoid(2, 0.0, 1.0, n) - (1 - math.cos(1.0)))
    print(f"n={n:3d} err={err:.3e} {err}")
