# `xs.extend(generator)` appends each item before computing the next, so a generator expression
# that reads the container being extended (or one that may be it) sees the items already added;
# pure ones that read nothing of the kind may be made up front. Also a user function named like
# a runtime function (bisect_right, gcd), and equality of sets and lists of different item types.
from collections import deque

MOD = 10**9


def lagged(seed):
    s = deque(maxlen=12)
    s.extend([seed, 1])
    s.extend((s[n - 2] - s[n - 1]) % MOD for n in range(2, 12))
    return s


class Ring:
    def __init__(self, seed):
        self.r = deque(maxlen=12)
        s = lagged(seed)
        self.r.extend(s[(5 * (n + 1)) % 12] for n in range(12))

    def __call__(self):
        r = self.r
        r.append((r[0] - r[7]) % MOD)
        return r[11]


ring = Ring(2929)
print([ring() for _ in range(6)])
print(list(lagged(7)))

fib = [1, 1]
fib.extend(fib[-1] + fib[-2] for _ in range(10))
print(fib)
squares = [0]
squares.extend(len(squares) ** 2 for _ in range(5))
print(squares)
evens = [2, 4]
evens.extend(x * 3 for x in range(4))
print(evens)
d = deque([1])
d.extendleft(d[0] * 2 for _ in range(4))
print(d)


def bisect_right(a, x, lo, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


cuts = [0.06, 0.11, 0.16, 0.21, 0.26]
for p in [0.0, 0.06, 0.1, 0.2, 0.3]:
    print(p, bisect_right(cuts, p, 0), bisect_right(cuts, p, 1, 3))
print(gcd(84, 36), gcd(17, 5))

letters = set("ACGT")
print(letters - set("ACGTN") == set(), set() == letters, {1, 2} == {2, 1})
print([] == [c for c in "x" if c == "y"], ["a"] == [1])
