# Decorators whose wrapper takes *args (memoizing, counting), dict | and |=, dict.update with
# keyword arguments, and assorted formatting.
import functools
import itertools
import math

calls = 0

def memo(f):
    cache = {}
    @functools.wraps(f)
    def wrapper(*args):
        global calls
        calls += 1
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return wrapper

@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(16, 16), calls)

def pipeline(n):
    nums = (i * i for i in range(n))
    evens = (x for x in nums if x % 2 == 0)
    return sum(itertools.islice(evens, 5))

print(pipeline(100))
print(f"{1234567.891:,.2f}", f"{1234567:,}", f"{0.000123:.2e}", f"{42:#x}", f"{-3.5:+.1f}", f"{'hi':*^9}")
data = [5, 3, 8, 1]
while (n := len(data)) > 2:
    data.pop()
print(n, data)
for x in range(2, 20):
    for d in range(2, int(math.sqrt(x)) + 1):
        if x % d == 0:
            break
    else:
        print(x, end=" ")
print()
d = {"a": 1}
d.update({"b": 2}, c=3)
d |= {"d": 4}
print(d, {k: v for k, v in d.items() if v % 2}, {v % 3 for v in d.values()})
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s = counter()
print(s(), s(), s())
words = ["apple", "Banana", "cherry"]
print(sorted(words, key=str.casefold, reverse=True), max(words, key=len), list(zip(words, itertools.count(1))))
print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), round(7.5), round(8.5), int(-3.9))
print(divmod(17, 5), 17 // 5, -17 // 5, 2 ** -1, 10 / 4, 1_000_000 * 3, abs(-7), max(3, 7, 5), min([4, 2, 8]))
e = {"x": 1}
alias = e
e |= {"y": 2}
merged = e | {"x": 9, "z": 3}
print(alias, merged, e)
e.update(w=len(e), v=0)
e.update()
print(e)

n_calls = [0]


def counted(fn):
    def inner(*a, **kw):
        n_calls[0] += 1
        return fn(*a, **kw)
    return inner

@counted
def add(x, y):
    return x + y

print(add(1, 2), add(3, 4), n_calls)
