# tags: big-ints, recursion
# difficulty: easy
# case: 10
# case: 0
# case: 1
# case: 100
# timing: 320000
# Big Fibonacci numbers: iterative addition and fast doubling must agree;
# prints digit count, first and last digits and a few identities.
import sys


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    """Return (F(n), F(n+1))."""
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def to_decimal(x):
    """Decimal digits of x >= 0 without str() (which refuses > 4300 digits)."""
    chunks = []
    while x >= 10**18:
        x, low = divmod(x, 10**18)
        chunks.append("%018d" % low)
    chunks.append(str(x))
    return "".join(reversed(chunks))


n = int(sys.argv[1])
f = fib_iter(n)
g, g1 = fib_doubling(n)
s = to_decimal(f)
print(f"F({n}) has {len(s)} digits: {s[:15]}...{s[-15:]}" if len(s) > 30 else f"F({n}) = {f}")
print("fast doubling agrees:", f == g)
print("Cassini identity holds:", n == 0 or fib_iter(n - 1) * g1 - f * f == (-1) ** n)
print("F(n) mod 10**9+7 =", f % (10**9 + 7))
print("bit length:", f.bit_length(), "popcount:", bin(f).count("1"))
total = 0
for k in range(0, n + 1, max(1, n // 50)):
    total += fib_doubling(k)[0] % 1000003
print("sampled sum mod 1000003:", total)
