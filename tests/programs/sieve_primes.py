# Sieve of Eratosthenes with a list of bools.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]

primes = sieve(50000)
print(len(primes))
print(primes[:20])
print(primes[-5:])
print(sum(primes))
gaps = [primes[i + 1] - primes[i] for i in range(len(primes) - 1)]
print("max gap", max(gaps), "at index", gaps.index(max(gaps)))
print("twin primes", gaps.count(2))
small = sieve(30)
print(small)
print(sieve(1), sieve(2))
flags = [True] * 10
for p in small:
    if p < 10:
        flags[p] = False
print(flags)
