# tags: numeric
# difficulty: medium
# case: 10
# case: 1
# case: 2
# case: 100
# timing: 800000
# Prime number facts up to n: trial division with a prime list, Miller-Rabin
# on larger numbers, twin primes and Goldbach partitions of even numbers.
import sys


def primes_upto(n):
    ps = []
    for k in range(2, n + 1):
        is_p = True
        for p in ps:
            if p * p > k:
                break
            if k % p == 0:
                is_p = False
                break
        if is_p:
            ps.append(k)
    return ps


def miller_rabin(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


n = int(sys.argv[1])
ps = primes_upto(n)
print(f"{len(ps)} primes up to {n}")
print("first:", ps[:10], "last:", ps[-3:])
twins = [(p, q) for p, q in zip(ps, ps[1:]) if q - p == 2]
print("twin pairs:", len(twins), "largest:", twins[-1] if twins else None)
pset = set(ps)
worst = (0, 0)
for even in range(4, min(n, 3000) + 1, 2):
    ways = 0
    for p in ps:
        if p > even // 2:
            break
        if even - p in pset:
            ways += 1
    if ways == 0:
        print("Goldbach fails for", even)
    if ways > worst[1]:
        worst = (even, ways)
print("most Goldbach partitions:", worst)
agree = all(miller_rabin(k) == (k in pset) for k in range(n + 1))
print("Miller-Rabin agrees with the sieve:", agree)
big = [10**k + 1 + j for k in range(6, 19, 3) for j in range(0, 40, 2)]
print("probable primes:", [b for b in big if miller_rabin(b)])
