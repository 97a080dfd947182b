# pprint as programs use it: `from pprint import pprint as pp`, `pprint.pformat`, width=,
# a tuple of one, empty containers, objects with __repr__, collections types, ValueError.
import pprint
from collections import Counter, defaultdict, deque
from pprint import pprint as pp


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        rows.append([1] + [prev[j] + prev[j + 1] for j in range(i - 1)] + [1])
    return rows


pp(pascal(12))
pp(pascal(5), width=20)
pprint.pprint({"points": [Point(i, i * i) for i in range(8)], "origin": Point(0, 0)})
pprint.pprint(("only one element that is long enough to need a wrap at this width",), width=30)
pprint.pprint(([], {}, (), "", set()))
tree = ("root", [("left", [("leaf", [])]), ("right", [("leaf2", []), ("leaf3", [])])])
pp(tree, width=25)
counts = Counter("abracadabra mississippi")
pprint.pprint(counts, width=30)
groups = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]:
    groups[w[0]].append(w)
pprint.pprint(groups, width=40)
pprint.pprint(groups)
q = deque(range(30), maxlen=40)
pprint.pprint(q, width=30)
pprint.pprint(deque(range(30)), width=30)
print(pprint.pformat({3, 1, 2, 40, 50, 60}, width=12))
pp({"z": 1, "a": 2, "m": [3, 4]}, width=10)
pprint.pprint({"z": 1, "a": 2, "m": [3, 4]}, width=10)
print(pprint.pformat("long line one\nline two is also rather long\n", width=16))
print(pprint.pformat(b"\x00\x01 some bytes here and there, long enough", width=20))
pprint.pprint([1.5, -0.0, 1e16, 2**70, True, None], width=12)
pprint.pprint(list(range(40)), compact=True, indent=3)
try:
    pprint.pformat([1], width=0)
except ValueError as e:
    print("ValueError:", e)
pprint.pprint([1, 2], indent=-1)
