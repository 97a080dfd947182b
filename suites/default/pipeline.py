# tags: generators
# difficulty: medium
# case: 20
# case: 0
# case: 1
# case: 500
# timing: 250000
# Generator pipelines: an infinite prime generator (incremental sieve),
# sliding windows, chunking, a recursive tree walk with `yield from`, a
# coroutine-style running average with send(), and itertools glue.
import itertools
import sys


def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)


def windows(iterable, size):
    it = iter(iterable)
    window = tuple(itertools.islice(it, size))
    if len(window) == size:
        yield window
    for item in it:
        window = window[1:] + (item,)
        yield window


def chunks(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def walk(tree, depth=0):
    label, children = tree
    yield depth, label
    for child in children:
        yield from walk(child, depth + 1)


def build_tree(n, label="root"):
    if n <= 0:
        return (label, [])
    return (label, [build_tree(n // 2, f"{label}.{i}") for i in range(min(n, 3))])


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


n = int(sys.argv[1])
first = list(itertools.islice(primes(), n))
print("primes:", first[:10], "... count", len(first), "last", first[-1] if first else None)
gaps = (b - a for a, b in windows(first, 2))
print("largest gap:", max(gaps, default=0))
triples = sum(1 for w in windows(first, 3) if w[2] - w[0] == 6)
print("prime triples spanning 6:", triples)
sums = [sum(c) for c in chunks(first, 100)]
print("chunk sums:", sums[:3], len(sums))
nodes = list(walk(build_tree(min(n, 60))))
print("tree nodes:", len(nodes), "deepest:", max(nodes)[0] if nodes else None, nodes[-1][1] if nodes else None)
avg = averager()
next(avg)
for p in first[:50]:
    last = avg.send(p)
try:
    avg.send(None)
except StopIteration as stop:
    print("averaged", stop.value, "values, last average", last if first else None)
evens = (x for x in range(n) if x % 2 == 0)
squares = (x * x for x in evens)
print("sum of even squares:", sum(squares))
print("pairs:", list(itertools.islice(itertools.combinations(first, 2), 3)), list(itertools.chain("ab", [1, 2])))
