# tags: big-ints, numeric
# difficulty: medium
# case: 5
# case: 0
# case: 1
# case: 40
# timing: 3000
# Modular arithmetic with big integers: square-and-multiply against the
# built-in pow(b, e, m), modular inverses (pow with -1), the Chinese
# remainder theorem and discrete-log baby-step giant-step on small moduli.
import sys
from math import gcd, isqrt


def power_mod(base, exp, mod):
    result = 1 % mod
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def crt(remainders, moduli):
    x, m = 0, 1
    for r, mi in zip(remainders, moduli):
        inv = pow(m, -1, mi)
        x = x + m * ((r - x) * inv % mi)
        m *= mi
    return x % m, m


def discrete_log(g, h, p):
    m = isqrt(p) + 1
    table = {}
    e = 1
    for j in range(m):
        table.setdefault(e, j)
        e = e * g % p
    factor = pow(g, -m, p)
    gamma = h
    for i in range(m):
        if gamma in table:
            return i * m + table[gamma]
        gamma = gamma * factor % p
    return None


n = int(sys.argv[1])
M = 2**521 - 1  # a Mersenne prime
agree = 0
acc = 0
x = 0x1234567
for i in range(n):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    b = x * (i + 3) ** 40
    e = x ** 3 + i
    r = power_mod(b, e, M)
    agree += r == pow(b, e, M)
    acc ^= r
print(f"{agree}/{n} square-and-multiply results agree, xor = {acc % 10**30}")
print("Fermat check on M:", all(pow(a, M - 1, M) == 1 for a in range(2, 2 + min(n, 20))))
invs = [pow(k, -1, 1000000007) for k in range(1, n + 1)]
print("inverse sum mod p:", sum(invs) % 1000000007)
primes = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41]
rems = [(n * 7919 + p) % p for p in primes]
value, modulus = crt(rems, primes)
print("CRT:", value, "mod", modulus, "check:", all(value % p == r for p, r in zip(primes, rems)))
p = 1000003
for h in range(2, 2 + min(n, 6)):
    k = discrete_log(2, h, p)
    print(f"log_2({h}) mod {p} = {k}", "ok" if k is not None and pow(2, k, p) == h else "none")
print("gcd chain:", gcd(2**n - 1, 2**(2 * n) - 1), (2**n + 1) % 97)
