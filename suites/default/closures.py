# tags: closures
# difficulty: easy
# case: 5
# case: 0
# case: -7
# case: 1
# timing: 700000
# Closures and lambdas: counters and accumulators with nonlocal state,
# function factories, composition, a hand-made memoizer (closure over a
# dict, no decorator), sorted/min/max with key=, map and filter.
import sys
from functools import reduce


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return counter, reset


def make_accumulator():
    total = 0
    count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count

    return add


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


def memoize(fn):
    cache = {}
    stats = {"hits": 0}

    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
            return cache[n]
        value = fn(n)
        cache[n] = value
        return value

    return wrapper, cache, stats


def slow_partitions(n):
    # number of integer partitions of n (Euler's pentagonal recurrence), through the memo
    if n < 0:
        return 0
    if n == 0:
        return 1
    total, k = 0, 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total


partitions, cache, stats = memoize(slow_partitions)

n = int(sys.argv[1])
tick, reset = make_counter(10, 3)
print("counter:", [tick() for _ in range(5)])
reset()
print("after reset:", tick())
adders = [lambda x, k=k: x + k for k in range(5)]
late = [lambda x: x + k for k in range(5)]
print("bound defaults:", [f(100) for f in adders], "late binding:", [f(100) for f in late])
avg = make_accumulator()
print("running averages:", [round(avg(v), 3) for v in range(abs(n) + 1)][-3:])
pipeline = compose(lambda x: x * 2, lambda x: x - 3, abs, str, len)
print("composed:", [pipeline(v) for v in range(-5, 6)])
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "grape"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(min(words, key=len), max(words, key=lambda w: w.count("e")))
print(list(map(lambda w: w[::-1], filter(lambda w: len(w) > 4, words))))
values = list(range(n)) if n >= 0 else list(range(n, 0))
squares = list(map(lambda v: v * v, values))
odd = list(filter(lambda v: v % 2, squares))
print("squares:", len(squares), "odd:", len(odd), "sum:", sum(odd))
print("partitions:", [partitions(k) for k in range(min(abs(n), 30))])
m = min(abs(n), 3000)
table = [partitions(k) for k in range(m + 1)]  # bottom-up, so the recursion stays shallow
print(f"p({m}) = {table[-1]}")
scrambled = sorted(values, key=lambda v: ((v * 7919) % 10007, -v))
print("scrambled:", scrambled[:6], "max by digit sum:", max(values, key=lambda v: (sum(map(int, str(abs(v)))), v), default=None))
print("memo size", len(cache), "hits", stats["hits"])
