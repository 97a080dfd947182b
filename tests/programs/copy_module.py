# copy.copy and copy.deepcopy of containers nested in various ways.
import copy
from copy import deepcopy
from collections import defaultdict, deque, Counter

grid = [[0] * 3 for _ in range(3)]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 1
grid.append([9])
print(shallow, deep, grid)

# Sharing inside the value is kept: one row referenced three times stays one row.
rows = [[0] * 2] * 3
d2 = deepcopy(rows)
d2[0][1] = 5
print(rows, d2)

board = {"a": [1, 2], "b": [3]}
b2 = deepcopy(board)
b2["a"].append(7)
b3 = copy.copy(board)
b3["b"].append(8)
b3["c"] = []
print(board, b2, b3)

dd = defaultdict(list)
dd[1].append(2)
dd2 = deepcopy(dd)
dd2[3].append(4)
dd2[1].append(5)
print(dict(dd), dict(dd2))

q = deque([[1], [2]], maxlen=3)
q2 = deepcopy(q)
q2[0].append(3)
q2.append([4])
q2.append([5])
print(q, q2, copy.copy(q) == q)

c = Counter("abca")
c2 = copy.copy(c)
c2["z"] += 1
print(c, c2)

t = (1, [2, 3], "x")
t2 = deepcopy(t)
t2[1].append(4)
print(t, t2, copy.copy(t) == t)

s = {1, 2}
s2 = copy.copy(s)
s2.add(3)
fs = frozenset({(1, 2)})
print(s, s2, deepcopy(fs) == fs, copy.deepcopy(3.5), copy.copy("abc"))

nested = {"k": [(1, [2]), (3, [4])]}
n2 = deepcopy(nested)
n2["k"][0][1].append(0)
print(nested, n2)
maybe = None if len(s) > 5 else [1]
m2 = deepcopy(maybe)
m2.append(2)
print(maybe, m2)

# Objects: a new instance of the same class, without calling __init__.
class Point:
    made = 0

    def __init__(self, x, y):
        Point.made += 1
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label

    def __repr__(self):
        return f"Labeled({self.x}, {self.y}, {self.tags}, {self.label!r})"


p = Point(1, 2)
p.tags.append("a")
q = copy.copy(p)
r = copy.deepcopy(p)
q.x = 10
q.tags.append("shared")
r.tags.append("own")
print(p, q, r, Point.made, q is p, type(r).__name__)
pts = [Labeled(0, 0, "o"), Point(3, 4)]
pts2 = deepcopy(pts)
pts2[0].tags.append("z")
print(pts, pts2, [type(v).__name__ for v in pts2])
same = [p, p]
same2 = deepcopy(same)
same2[0].x = 99
print(same2[1].x, same2[0] is same2[1], same2[0] is p)


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


chain = Node(1, Node(2, Node(3)))
c2 = deepcopy(chain)
c2.nxt.value = 20
n, out = chain, []
while n is not None:
    out.append(n.value)
    n = n.nxt
n, out2 = c2, []
while n is not None:
    out2.append(n.value)
    n = n.nxt
print(out, out2)

from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(copy.copy(Color.RED) is Color.RED, deepcopy([Color.GREEN])[0] is Color.GREEN, deepcopy(Color.RED) == Color.RED)

# A value that may be None holding a list: copy.copy makes a new list.
maybe_rows = None if len(grid) > 10 else [1, 2]
copied = copy.copy(maybe_rows)
copied.append(3)
print(maybe_rows, copied)
