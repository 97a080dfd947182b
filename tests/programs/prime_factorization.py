# Trial-division factorization, Euler's totient and divisor counts.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors

def totient(n):
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result

def num_divisors(n):
    fs = factorize(n)
    count = 1
    i = 0
    while i < len(fs):
        j = i
        while j < len(fs) and fs[j] == fs[i]:
            j += 1
        count *= j - i + 1
        i = j
    return count

for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 9007199254740992, 10007 * 10009, 2 ** 31 - 1]:
    print(n, factorize(n))
print([totient(n) for n in range(1, 21)])
print(totient(1000000), totient(999983))
best = 0
best_n = 0
for n in range(1, 5000):
    d = num_divisors(n)
    if d > best:
        best = d
        best_n = n
print("most divisors below 5000:", best_n, best)
