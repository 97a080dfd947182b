# Sieve of Eratosthenes over a list of bools, plus a few statistics of the primes.
import time

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime

def summarize(is_prime, limit):
    count = 0
    total = 0
    last = 0
    max_gap = 0
    twins = 0
    for k in range(2, limit + 1):
        if is_prime[k]:
            count += 1
            total += k
            if last > 0:
                gap = k - last
                if gap > max_gap:
                    max_gap = gap
                if gap == 2:
                    twins += 1
            last = k
    return count, total, last, max_gap, twins

limit = 20_000_000
start_time = time.time()
flags = sieve(limit)
count, total, last, max_gap, twins = summarize(flags, limit)
end_time = time.time()

print("Primes below", limit, ":", count)
print("Sum of primes:", total)
print("Largest prime:", last)
print("Largest gap:", max_gap, "Twin prime pairs:", twins)
print(f"Execution Time: {(end_time - start_time):.6f} seconds")
