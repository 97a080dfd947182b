"""`*` arguments in calls of user functions: tuples of known length and lists (CPython's TypeError)."""


def area(w, h):
    return w * h


def describe(name, w, h):
    return f"{name}: {w}x{h} = {area(w, h)}"


def triple(a, b, c):
    return a + b + c


def pairwise_sums(pairs):
    def add(a, b):
        return a + b
    return [add(*p) for p in pairs] + [add(100, *(p[1],)) for p in pairs]


dims = (3, 4)
print(area(*dims))
print(describe("box", *dims))
print(describe(*("tile", 2, 5)))
pairs = [(1, 2), (3, 4), (5, 6)]
print([area(*p) for p in pairs], pairwise_sums(pairs))
row = [7, 8]
print(area(*row), describe("row", *row))
try:
    print(triple(*[1, 2]))
except TypeError as e:
    print("TypeError:", e)
print(triple(1, *[2, 3]), triple(1, 2, *(3,)))
def volume(a, b, c):
    return a * b * c


for sizes in ([1], [1, 2, 3], [], [2, 2, 2, 2]):
    try:
        print(volume(*sizes))
    except TypeError as e:
        print("TypeError:", e)
print(area(*[2, 3, 4]))
