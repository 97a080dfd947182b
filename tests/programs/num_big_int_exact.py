# An int-or-float value (`Num`) holding ints beyond 64 bits: exact arithmetic, comparisons
# with floats, hashing, printing, conversions, and OverflowError where a float is needed.
import sys


def grow(n, scale):
    x = 1
    for _ in range(n):
        x = x * scale
    return x


n = len(sys.argv) + 99  # 100, not a compile-time constant
x = 2 ** n
y = 1
y = 0.5 if n < 0 else 3
z = x * y + 1
print(x, z, z > 1e30, z == 2.0 ** 100 * 3 + 1, hash(z) == hash(2 ** 100 * 3 + 1))
print(x // 7, x % 7, divmod(x, 7), -x, abs(-x), x ** 2, (-x) // 3, (-x) % 3)
print(int(x), round(x), round(x, -5), float(x), x / 3, 1 / x)
print(f"{x:,}", "%d" % x, str(x), repr([x, 0.5]), f"{x:>40}", f"{x:x}")
print(max(x, 1.5), min(x, 1.5), max(1.5, -x))
print(x < float("inf"), x > 1.2676506002282294e30, x == 1.2676506002282294e30, x - 1 < 1.2676506002282294e30)
e = 2 ** 53
print(e + 1 == float(e + 1), e + 1 > float(e + 1), float(e) == e)
print(grow(30, 7), grow(30, 7.0), grow(3, 2 ** n))
vals = [2 ** n, 0.25, -(2 ** (n + 1)), 7]
vals.sort()
print(vals, sum(vals), sum([2 ** n, 2 ** n]))
d = {2 ** n: "big", 0.5: "half"}
print(d[2 ** 100], d[0.5], len(d))
big = 2 ** (n * 20)
print(big > 1e308, big < float("inf"), big == float("inf"), -big < -1e308)
try:
    print(float(big))
except OverflowError as err:
    print("OverflowError:", err)
try:
    print(big + 0.5)
except OverflowError as err:
    print("OverflowError:", err)
try:
    print(big / 3.0)
except OverflowError as err:
    print("OverflowError:", err)
print(big // 2 ** (n * 19) == 2 ** n, big % 1000)
