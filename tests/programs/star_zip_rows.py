"""`zip(*rows)` (transpose, rows counted at run time), `zip_longest(*rows)`, `chain(*rows)`, `max(*xs)`/`min(*xs)`."""
import itertools
from itertools import zip_longest, chain


def transpose(m):
    return [list(col) for col in zip(*m)]


def columns(words):
    # rows of different lengths: zip stops at the shortest
    return ["".join(c) for c in zip(*words)]


def common_prefix(words):
    out = []
    for group in zip(*words):
        if len(set(group)) != 1:
            break
        out.append(group[0])
    return "".join(out)


m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m))
print(list(zip(*m)))
print(transpose([]), list(zip(*[[], [1]])))
print(list(zip(*[[1, 2, 3]])))
print(columns(["abc", "de", "fghi"]))
print(common_prefix(["interspecies", "interstellar", "interstate"]), common_prefix(["a"]), repr(common_prefix(["x", "y"])))
t = tuple(zip(*(reversed(w) for w in ["ab", "cb"])))
print(t)
n = int("3")
grid = [[r * n + c for c in range(n)] for r in range(n)]
for row in zip(*grid):
    print(row, sum(row), len(row), row[-1])
parts = [["a", "bb"], ["ccc"], ["d", "e", "f"]]
for col in zip_longest(*parts, fillvalue=""):
    print(col)
print(list(itertools.zip_longest(*[[1, 2], [3]])))
print(list(chain(*parts)), list(itertools.chain(*[(1, 2), (3, 4)])))
xs = [3, 9, 2]
print(max(*xs), min(*xs), max(*[1.5, -2.0]))
for bad in ([], [7]):
    try:
        print(max(*bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(min(*[x for x in xs if x > 100]))
except TypeError as e:
    print("TypeError:", e)
