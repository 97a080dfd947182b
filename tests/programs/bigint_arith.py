# Exact big ints end to end: factorials, fibonacci, powers, bit ops, pow with a modulus,
# floor division and modulo signs, int(str), big ints in dicts, sets and sorted lists,
# int/float comparisons and conversions.
import math


def factorial(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


f200 = factorial(200)
print(f200)
print(len(str(f200)), sum(int(d) for d in str(f200)))
print(f200 == math.factorial(200))
print(fib(300))
p = 2**200
print(p, p - 1, -p, p.bit_length(), (p - 1).bit_count())
print(p >> 150, p << 3, -p >> 190, (-p - 1) >> 199)
x = 3**150
print(x & (2**64 - 1), x | -x, x ^ (x >> 7), ~x, -x & 0xFFFF, (-x) ^ 12345)
print(pow(3, 10**6, 10**30 + 7), pow(-7, 12345, 2**127 - 1), pow(x, x, p + 1))
for a in [10**25 + 7, -(10**25 + 7), 17, -17]:
    for b in [10**12 + 39, -(10**12 + 39), 3, -3, 2**70]:
        q, r = divmod(a, b)
        print(a // b, a % b, q, r, q * b + r == a)
s = "1234567890123456789012345678901234567890"
n = int(s)
print(n, n * n, int("-" + s) // 7, int("  +" + s + "  "))
print(abs(-n), -n < n, hash(2**61 - 1), hash(2**61), hash(-(2**80)), hash(10**30) == hash(10**30 + 0))
d: dict[int, str] = {}
for k in [2**64, 5, -(2**70), 10**20, 3**50, -1]:
    d[k] = str(k)[:6]
print(d)
print(d[2**64], 10**20 in d, 10**21 in d)
s2 = {2**65, 7, 2**65 + 1, -(2**65), 10**19, 3}
print(s2)
print(sorted(s2), sorted([10**30, -(10**30), 5, 2**63, -(2**63) - 1], reverse=True))
print(max(2**100, 3**60), min([7**40, 2**120, -(5**50)]))
big = 2**1000
print(big > 1e300, big < 1e302, big == float(big), 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
print(float(2**100), big / 3**600, 10**30 / 10**10, (10**40 + 1) / 10**40, 7 / 2)
print(big * 0.5 > 1e300, 2**64 + 0.5, int(1e25), int(-2.5e30))
print(f"{2**100:,} {2**70:x} {-(2**70):>30} {10**25:e}")
print("%s %r" % (2**70, 3**45))
print("%d %i %x %X %o %#x %+d %e|%c" % (2**70, -(3**45), 2**65, -(2**65), 2**64, 2**70, 10**20, 10**30, 65))
try:
    print(float(2**2000))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(str(10**5000))
except ValueError as e:
    print("ValueError:", e)
print(len(str(10**4299)))
print(divmod(-(2**100), 7), divmod(2**100, -7), math.gcd(2**100, 6**50), math.isqrt(10**41))
print(round(2**100 + 12345, -3), round(-(10**30) - 5, -1), int(str(-(3**99))) == -(3**99))
lit = 123456789012345678901234567890
print(lit, lit * 3, -99999999999999999999, 0xFFFF_FFFF_FFFF_FFFF_FFFF, 0b1 << 100 == 0x10000000000000000000000000)
print(9223372036854775808, -9223372036854775809, 18446744073709551616 - 1)
