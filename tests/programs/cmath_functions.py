# cmath on finite values: exp, sqrt, log (natural and to a base), cos, sin, phase, polar, rect,
# isclose, isnan/isinf/isfinite, pi and e, compared bit for bit through repr; the errors CPython
# raises (log of zero, overflow) and a small DFT round trip.
import cmath
from cmath import exp, pi, rect

parts = [0.0, -0.0, 0.5, -1.0, 2.0, -3.5, 1e-310, 1e-200, 0.7, 1.2, 710.0, -745.5, 1e300]
zs = [complex(a, b) for a in parts for b in parts]
for z in zs:
    print(cmath.sqrt(z), cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z), end=" ")
    try:
        print(cmath.phase(z), cmath.polar(z), end=" ")
    except OverflowError as e:
        print("OverflowError:", e, end=" ")
    try:
        print(cmath.log(z), end=" ")
    except ValueError as e:
        print("ValueError:", e, end=" ")
    try:
        print(cmath.exp(z), end=" ")
    except OverflowError as e:
        print("OverflowError:", e, end=" ")
    try:
        print(cmath.cos(z), end=" ")
    except OverflowError as e:
        print("OverflowError:", e, end=" ")
    try:
        print(cmath.sin(z), end=" ")
    except OverflowError as e:
        print("OverflowError:", e, end=" ")
    print()

print(cmath.pi, cmath.e, pi == cmath.pi, cmath.tau, cmath.inf, cmath.nan)
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(100), cmath.sqrt(-1), cmath.sqrt(-4.0), cmath.exp(1j * pi))
for r in [0.0, 1.0, -2.0, 3.5]:
    for phi in [0.0, -0.0, 0.1, pi / 2, pi, -pi / 3, 10.0]:
        print(rect(r, phi), end=" ")
    print()
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-12j, abs_tol=1e-9), cmath.isclose(2, 2 + 0j))


def dft(xs):
    n = len(xs)
    out = []
    for k in range(n):
        acc = 0j
        for t in range(n):
            acc += xs[t] * exp(-2j * pi * k * t / n)
        out.append(acc)
    return out


def idft(ys):
    n = len(ys)
    out = []
    for t in range(n):
        acc = 0j
        for k in range(n):
            acc += ys[k] * exp(2j * pi * k * t / n)
        out.append(acc / n)
    return out


sig = [complex(v, 0) for v in [2, 3, 5, 7, 11, 13]]
spec = dft(sig)
print(spec)
print(" ".join(f"{c:8.3f}" for c in idft(spec)))
print([round(abs(c), 6) for c in spec])
# phase and polar report an atan2 that underflows to zero; log(0, b) is no error but log(x, 1) is.
for z in [complex(0.5, 1e-310), complex(1e300, 1e-300), complex(2.0, 1e-300), complex(1.0, 1e-308)]:
    try:
        print(cmath.phase(z), cmath.polar(z))
    except OverflowError as e:
        print("OverflowError:", e)
for a, b in [(0, 2), (2, 1), (0, 0), (1, 0), (8, 3)]:
    try:
        print(cmath.log(a, b))
    except ValueError as e:
        print("ValueError:", e)
print(cmath.log(8, 2j), cmath.log(0j, 2j), cmath.log(-1.5 + 2j, 0.5))
