# The math module: functions and constants.
import math
from math import sqrt, pi, floor, ceil

print(math.pi, math.e, math.inf, -math.inf)
print(pi, sqrt(2.0), sqrt(16), sqrt(0.0))
for x in [0.0, 0.5, 1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1.25, 10.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [0.0, 1.0, -1.0, 0.5, 1e10]:
    print(x, math.atan(x))
print(math.atan2(1.0, 1.0), math.atan2(-1.0, -1.0), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.atan2(1, 0))
for x in [0.0, 1.0, -1.0, 2.5, 10.0, 100.0, -50.0]:
    print(x, math.exp(x))
for x in [1.0, 2.0, 0.5, 10.0, 1000.0, 1e-10, 123456.789]:
    print(x, math.log(x), math.log10(x), math.log2(x))
print(math.log(8, 2), math.log(1000, 10), math.log(100, 10), math.log(81, 3), math.log(2.0, 0.5))
print(math.log(1024), math.log2(1024), math.log10(1000000), math.log(math.e))
for x in [2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 1e15 + 0.5, -0.0]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), floor(x), ceil(x), math.fabs(x))
print(math.floor(7), math.ceil(-7), math.trunc(5))
print(math.pow(2, 10), math.pow(2.0, 0.5), math.pow(-2.0, 3), math.pow(10, -2), math.pow(0.0, 0.0))
print(math.hypot(3, 4), math.hypot(1.0, 1.0), math.hypot(5.0, 12.0), math.hypot(1e200, 1e200))
for n in [0, 1, 2, 15, 16, 17, 99, 100, 1000000, 999999999999]:
    print(n, math.isqrt(n))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(17, 31), math.gcd(0, 0), math.gcd(1071, 462))
for n in [0, 1, 5, 10, 15, 20]:
    print(n, math.factorial(n))
nan = float('nan')
inf = float('inf')
print(math.isnan(nan), math.isnan(1.0), math.isinf(inf), math.isinf(-inf), math.isinf(1e308), math.isnan(inf - inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(5.5, 1.5))
print(-7 % 3, math.fmod(-7.0, 3.0))
print(math.copysign(1, -0.0), math.copysign(3.5, -1), math.copysign(-2, 1), math.copysign(0.0, -5.0))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2.5))
print(math.sqrt(2) ** 2, math.exp(math.log(10)), math.sin(math.pi))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
print(math.floor(2.5) + 1, math.ceil(2.5) * 2, math.trunc(-2.5) - 1, math.isqrt(10) // 2)
