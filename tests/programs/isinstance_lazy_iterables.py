# isinstance of generators and of values that are sometimes a list, sometimes a generator:
# the Haskell-style `take`/`drop` helpers that slice lists and islice everything else.
from itertools import islice, count


def take(n):
    return lambda xs: (
        xs[0:n]
        if isinstance(xs, (list, tuple))
        else list(islice(xs, n))
    )


def drop(n):
    def go(xs):
        if isinstance(xs, (list, tuple, str)):
            return xs[n:]
        else:
            take(n)(xs)
            return xs
    return go


def squares():
    for i in count(1):
        yield i * i


def evens_upto(m):
    return (i for i in range(0, m, 2))


def first(n, xs):
    # xs: a list at one call, a generator at the other (an Iterable value)
    if not isinstance(xs, list):
        print("lazy", end=" ")
    else:
        print("list", end=" ")
    return xs[:n] if isinstance(xs, list) else list(islice(xs, n))


gen = squares()
print(take(5)(gen))
print(take(3)(gen))
print(list(islice(drop(2)(squares()), 4)))
print(list(first(3, [9, 8, 7, 6])))
print(list(first(3, evens_upto(100))))
print(list(first(2, range(10, 20))))
g = evens_upto(10)
print(isinstance(g, (list, tuple)), isinstance(g, int), not isinstance(g, str))
print(next(g), list(g))
