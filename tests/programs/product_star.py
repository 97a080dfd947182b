# itertools.product(*rows): as many tuple items as there are rows, known at run time.
from itertools import product
import itertools

def divisors(factors):
    primes, maxpowers = zip(*factors)
    powerranges = (range(m + 1) for m in maxpowers)
    out = []
    for group in product(*powerranges):
        d = 1
        for p, k in zip(primes, group):
            d *= p ** k
        out.append(d)
    return sorted(out)

print(divisors([(2, 3), (3, 1), (5, 2)]))
rows = [[1, 2], [3], [4, 5, 6]]
print(list(product(*rows)))
print(list(itertools.product(*[[2, 3]])), list(product(*[[1], []])))
first = "ab"
print(["".join(t) for t in product(first, *["xy", "z"])])
for t in product(*((0, 1),) * 3):
    print(t, len(t), sum(t))

# A set or dict made from a generator expression whose elements have effects.
def noisy(n):
    for k in range(n):
        print("make", k)
        yield k

def tag(k):
    print("tag", k)
    return k % 2

print(sorted(set(frozenset([k, tag(k)]) for k in noisy(3))))
print(dict((k, tag(k)) for k in noisy(2)))
