# math.gcd of big ints (Lehmer's algorithm in the runtime), checked on random pairs with common
# factors, powers, near-equal values and mixed sizes, and Fractions built from them.
import math
import random
from fractions import Fraction

random.seed(7)


def big(chunks):
    v = 0
    for _ in range(chunks):
        v = (v << 60) | random.getrandbits(60)
    return v


checks = 0
for trial in range(300):
    g = big(random.randint(0, 3)) + 1
    a = g * big(random.randint(0, 7))
    b = g * big(random.randint(0, 7))
    r = math.gcd(a, b)
    assert r == math.gcd(b, a) == math.gcd(-a, b) and (r == 0 or (a % r == 0 and b % r == 0))
    checks += r % 1000003
print(checks)
print(math.gcd(2 ** 300 - 1, 2 ** 200 - 1), math.gcd(3 ** 200, 6 ** 150) == 3 ** 150)
fib = [0, 1]
for _ in range(400):
    fib.append(fib[-1] + fib[-2])
print(math.gcd(fib[400], fib[399]), math.gcd(fib[400], fib[200]) == fib[200])
x = Fraction(1)
for k in range(1, 300):
    x = k + Fraction(k * k, 1) / x
print(len(str(x.numerator)), x.denominator % 10 ** 12)
