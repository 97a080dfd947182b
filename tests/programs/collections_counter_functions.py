# Counters passed to and returned from functions, stored in lists, compared; tuple keys.
from collections import Counter


def histogram(values, width):
    h = Counter()
    for v in values:
        h[v // width] += 1
    return h


def merge(counters):
    total = Counter()
    for c in counters:
        total.update(c)
    return total


x = 17
values = []
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    values.append(x % 1000)
parts = [histogram(values[i::3], 100) for i in range(3)]
for p in parts:
    print(sorted(p.items()))
whole = merge(parts)
print(whole == histogram(values, 100), whole.most_common(3))
pairs = Counter()
for a, b in zip(values, values[1:]):
    pairs[(a % 2, b % 2)] += 1
print(sorted(pairs.items()), pairs[(1, 1)], pairs[(5, 5)])
print(Counter({"a": 3, "b": 1}), dict(Counter("hello")))
