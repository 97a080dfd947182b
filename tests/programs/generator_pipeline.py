# Generators that drive other generators, early return, and for-loops over them.
def naturals(start):
    n = start
    while True:
        yield n
        n += 1

def squares_below(limit):
    for x in naturals(1):
        sq = x * x
        if sq >= limit:
            return
        yield sq

def running_mean(values):
    total = 0.0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total / count

def chunk_sums(xs, size):
    i = 0
    while i < len(xs):
        s = 0
        for x in xs[i:i + size]:
            s += x
        yield s
        i += size

def empty_gen(n):
    for i in range(n):
        if i >= 0:
            return
        yield i

print([s for s in squares_below(200)])
for m in running_mean([1.0, 2.0, 4.0, 8.0]):
    print(m)
print([c for c in chunk_sums(list(range(10)), 3)])
print([c for c in empty_gen(5)])
count = 0
for x in empty_gen(3):
    count += 1
print("count", count)
g = squares_below(30)
print(next(g), next(g), next(g))
for rest in g:
    print("rest", rest)
total = 0
for sq in squares_below(1000000):
    total += sq
print(total)
