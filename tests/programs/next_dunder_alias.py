import itertools


def take(n):
    it = itertools.cycle([1, 2, 3])
    nxt = it.__next__
    out = []
    for _ in range(n):
        out.append(nxt())
    return out


g = iter([5, 6, 7])
print(take(7), g.__next__(), next(g))
