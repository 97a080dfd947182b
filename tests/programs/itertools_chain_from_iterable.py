# itertools.chain.from_iterable: flattening lists, strings, maps and generators, lazily.
import itertools
from itertools import chain, islice, count


def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


def bind(xs):
    return lambda f: list(chain.from_iterable(map(f, xs)))


print(list(chain.from_iterable(map(divisors, [6, 7, 12]))))
print(bind(["ab", "cd"])(lambda w: [w, w.upper()]))
print(list(itertools.chain.from_iterable(["xyz", "", "pq"])))
rows = [[1, 2, 3], [], [4], [5, 6]]
print(sum(chain.from_iterable(rows)), max(chain.from_iterable(rows)))

seen = []


def noisy(n):
    seen.append(n)
    return [n] * n


# Lazy: only as many inner iterables are taken as the consumer needs.
lazy = chain.from_iterable(noisy(i) for i in count(1))
print(list(islice(lazy, 6)), seen)


def pairs_upto(n):
    return chain.from_iterable([(a, b) for b in range(a, n)] for a in range(n))


for a, b in pairs_upto(4):
    print(a, b, end="; ")
print()
g = chain.from_iterable([[10, 20], [30]])
print(next(g), next(g), next(g), next(g, -1))
