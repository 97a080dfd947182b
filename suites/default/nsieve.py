# tags: numeric
# difficulty: easy
# case: 2
# case: 0
# case: 1
# timing: 9
# Nsieve (Computer Language Shootout): count primes below 10000 * 2**k for
# k = n, n-1, n-2 with a bytearray sieve.
import sys


def nsieve(m):
    flags = bytearray([1]) * (m + 1)
    count = 0
    for i in range(2, m + 1):
        if flags[i]:
            for j in range(i + i, m + 1, i):
                flags[j] = 0
            count += 1
    return count


n = int(sys.argv[1])
for k in range(3):
    m = (1 << (n - k)) * 10000 if n - k >= 0 else 0
    print("Primes up to %8d %8d" % (m, nsieve(m)))
