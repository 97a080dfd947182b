# itertools functions taking a lambda next to an argument with effects (a generator call):
# the lambda is code, so the argument order cannot show. Dict values that may be None,
# read with `.get(k, None)` / `.pop(k, None)`.
from itertools import accumulate, count, dropwhile, filterfalse, starmap, takewhile

calls = []


def primes():
    calls.append("primes")
    seen = {}
    yield 2
    for q in count(3, 2):
        p = seen.pop(q, None)
        if p is None:
            seen[q * q] = q
            yield q
        else:
            x = q + 2 * p
            while x in seen:
                x += 2 * p
            seen[x] = p


def evens(n):
    calls.append("evens")
    return [2 * i for i in range(n)]


limit = 50
print(sum(takewhile(lambda x: limit > x, primes())))
print(list(dropwhile(lambda x: x < 10, evens(8))))
print(list(filterfalse(lambda x: x % 3 == 0, evens(6))))
print(list(accumulate(evens(5), lambda a, b: a * 10 + b)))
print(list(starmap(lambda a, b: a - b, zip(evens(4), primes()))))
print(calls)

d = {1: None, 2: 5}
d[3] = None
print(d.get(1, None), d.get(2, None), d.get(9, None))
print(d.pop(1, None), d.pop(2, None), d.pop(9, None), d)
