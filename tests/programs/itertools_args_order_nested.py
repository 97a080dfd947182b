# itertools calls whose arguments have effects: evaluated once, in Python's order, only when
# the call itself runs (behind `and`/`if`), also nested inside another call that orders its own
# arguments; next() of an islice made in place.
from itertools import chain, count, islice, repeat

log = []


def src(n):
    log.append("src")
    return list(range(n))


def k(v):
    log.append("k" + str(v))
    return v


print(list(islice(src(10), k(2), k(8), k(3))))
print(False and list(islice(src(5), k(1), None)))
print([x for x in islice(count(k(5)), k(3))] if len(log) > 100 else "skipped")
print(next(islice(src(6), k(4), None)))
print(next(islice(src(3), k(7), None), -1))
print(sum(islice(chain(src(3), src(2)), k(1), k(4))))
print(max(islice(repeat(k(9)), k(2)), default=0), log)
log.clear()
try:
    print(next(islice(src(2), k(5), None)))
except StopIteration:
    print("StopIteration", log)
