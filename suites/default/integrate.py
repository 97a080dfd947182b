# tags: numeric, closures
# difficulty: medium
# case: 1
# case: 8
# case: 0
# timing: 1600000
# Numerical integration: trapezoid, Simpson and adaptive Simpson rules over
# functions built from lambdas and closures, compared with known integrals.
import math
import sys


def trapezoid(f, a, b, n):
    if n <= 0:
        return 0.0
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


def simpson(f, a, b, n):
    if n <= 0:
        return 0.0
    if n % 2:
        n += 1
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


def adaptive(f, a, b, eps, depth=40):
    calls = 0

    def g(x):
        nonlocal calls
        calls += 1
        return f(x)

    def rec(a, fa, b, fb, m, fm, whole, eps, depth):
        lm, rm = (a + m) / 2, (m + b) / 2
        flm, frm = g(lm), g(rm)
        left = (m - a) / 6 * (fa + 4 * flm + fm)
        right = (b - m) / 6 * (fm + 4 * frm + fb)
        if depth <= 0 or abs(left + right - whole) <= 15 * eps:
            return left + right + (left + right - whole) / 15
        return rec(a, fa, m, fm, lm, flm, left, eps / 2, depth - 1) + rec(m, fm, b, fb, rm, frm, right, eps / 2, depth - 1)

    fa, fb, fm = g(a), g(b), g((a + b) / 2)
    whole = (b - a) / 6 * (fa + 4 * fm + fb)
    return rec(a, fa, b, fb, (a + b) / 2, fm, whole, eps, depth), calls


def poly(*coeffs):
    def p(x):
        acc = 0.0
        for c in coeffs:
            acc = acc * x + c
        return acc
    return p


n = int(sys.argv[1])
problems = [
    ("sin", math.sin, 0.0, math.pi, 2.0),
    ("exp", math.exp, 0.0, 1.0, math.e - 1),
    ("1/(1+x^2)", lambda x: 1 / (1 + x * x), 0.0, 1.0, math.pi / 4),
    ("3x^2+2x+1", poly(3, 2, 1), -1.0, 2.0, 15.0),
    ("sqrt", math.sqrt, 0.0, 4.0, 16 / 3),
]
for name, f, a, b, exact in problems:
    t = trapezoid(f, a, b, n)
    s = simpson(f, a, b, n)
    print(f"{name:>10}: trap={t:.10f} simpson={s:.10f} err={abs(s - exact):.3e}")
eps = 10.0 ** -(min(abs(n), 12) if n else 3)
for name, f, a, b, exact in problems:
    v, calls = adaptive(f, a, b, eps)
    print(f"{name:>10}: adaptive={v:.12f} calls={calls}")
