# Generator expressions kept as values: stored, returned, passed to functions, late binding.
from itertools import count, islice


def evens(xs):
    return (x for x in xs if x % 2 == 0)


def total(it):
    s = 0
    for v in it:
        s += v
    return s


data = [1, 2, 3, 4, 5, 6]
g = evens(data)
print(next(g))
print(total(g))
print(total(g))  # exhausted: 0

k = 10
h = (x * k for x in range(3))
k = 100  # read when advanced, as in Python
print(list(h))

sq = (x * x for x in data)
print(sum(sq), sum(sq))

src = [1, 2]
lazy = (v + 1 for v in src)
src.append(3)  # the list is read lazily
print(list(lazy))


def chunks(n):
    def go(xs):
        return (xs[i:i + n] for i in range(0, len(xs), n)) if n > 0 else None
    return go


for row in chunks(4)(list(range(10))):
    print(row)

print(max(evens([3, 8, 2, 6]), key=lambda v: -v))
print(list(islice((x for x in count(7) if x % 5 == 0), 4)))

gens = [(c * 2 for c in "ab"), (c for c in "xyz" if c != "y")]
for gg in gens:
    print(list(gg))


def first_word(words):
    it = (w for w in words if w.startswith("b"))
    return next(it, "none")


print(first_word(["apple", "banana", "blue"]), first_word(["x"]))


def noisy(v):
    print("computing", v)
    return v * 2


lz = (noisy(v) for v in [1, 2, 3])
print("created")
print(next(lz))
print("between")
print(list(lz))
e = (1 // (v - 2) for v in [1, 2])
print(next(e))
print(next(e))
