# functools: lru_cache(maxsize=None), cache, LRU eviction with maxsize=2, reduce with and without initial.
from functools import reduce, lru_cache, cache
import functools


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


calls = 0


@functools.lru_cache(maxsize=2)
def slow_square(x):
    global calls
    calls += 1
    return x * x


def add(a, b):
    return a + b


print(partitions(60, 60), fib(90))
for v in [1, 2, 1, 3, 1, 2, 4, 2]:
    slow_square(v)
print("calls:", calls)
print(reduce(add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 15), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(lambda a, b: a if a > b else b, [3.5, 9.25, 1.0]))
words = reduce(lambda acc, w: acc + [w.upper()], ["x", "y"], [])
print(words)
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(add, [], 42))
