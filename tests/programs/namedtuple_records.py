# collections.namedtuple and typing.NamedTuple: construction by position and keyword, defaults,
# field access, repr, unpacking, constant indexing, len, ==, ordering, hash (dict keys, set
# members), methods on a NamedTuple class, and namedtuples nested in other containers.
from collections import namedtuple
from typing import NamedTuple
import collections

Point = namedtuple("Point", "x y")
Edge = namedtuple("Edge", ["a", "b"])
Color = collections.namedtuple("Color", "red, green, blue", defaults=(0, 255))
Rec = namedtuple("Record", ("name", "score"))


class Vec(NamedTuple):
    x: float
    y: float = 0.0

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


p = Point(1, 2.5)
q = Point(y=4, x=3)
print(p, q, repr(p), str(q))
print(p.x, p.y, q.x + q.y, p[0], p[1], p[-1], q[-2], len(p))
x, y = q
print(x, y)
e = Edge(a=p, b=q)
print(e)
(x1, y1), (x2, y2) = e
print(x1, y1, x2, y2)
a, b = e
print(a.x, b.y, e[0].y, e[1][0])
print(Color(10), Color(1, 2), Color(1, 2, 3), Color(red=7, blue=9))
print(Rec("ann", 3), Rec(name="bob", score=4.5))
print(p == Point(1, 2.5), p == q, p != q, Point(1, 2) < Point(1, 3), Point(2, 0) > Point(1, 9), Point(1, 2) <= Point(1, 2))
pts = [Point(3, 1), Point(1, 2), Point(2, 2), Point(1, 1)]
print(sorted(pts))
print(min(pts), max(pts))
for px, py in pts:
    print(px * py, end=" ")
print()
print([pt.x for pt in pts], sum(pt.y for pt in pts))
seen = {Point(1, 2): "a", Point(3, 4): "b"}
seen[Point(1, 2)] = "c"
print(seen, Point(3, 4) in seen, len(seen))
s = {Point(0, 0), Point(0, 0), Point(1, 0)}
print(len(s), Point(1, 0) in s)
print(hash(Point(1, 2)) == hash((1, 2)), hash(Rec("z", 1)) == hash(("z", 1)))
v = Vec(3.0, 4.0)
w = Vec(1.5)
print(v, w, v.norm2(), w.scaled(2), v.scaled(0.5).x, len(v), v[1])
vx, vy = v.scaled(3)
print(vx, vy, v == Vec(3.0, 4.0), v < w, sorted([v, w, Vec(0.0, 9.0)]))
by_name = {r.name: r for r in [Rec("ann", 1), Rec("bob", 2)]}
print(by_name["bob"].score, list(by_name.values()))
for i in range(-2, 2):
    print(p[i], q[i], v[i], e[i], end=" ")
print()
try:
    print(p[len(pts)])
except IndexError as err:
    print("IndexError:", err)
print(Point._fields, p._fields, Vec._fields)
r = p._replace(y=7)
print(p._asdict(), Color(5)._asdict(), [pt._asdict()["x"] for pt in pts])
print(r, p, q._replace(x=0.5, y=-1), v._replace(y=2.0).norm2(), Color(1)._replace(blue=3))


class Pair(namedtuple("PairBase", "left right")):
    __slots__ = ()

    def total(self):
        return self.left + self.right

    def __str__(self):
        return f"<{self.left}|{self.right}>"


pr = Pair(2, 5)
print(pr, repr(pr), pr.total(), pr[1], len(pr), pr == Pair(2, 5), sorted([Pair(3, 1), pr]), Pair._fields)
Bag = namedtuple("Bag", "label items")
bag = Bag("b", [1, 2])
bag.items.append(3)
print(bag, bag.items[1], len(bag.items), bag == Bag("b", [1, 2, 3]), bool(bag))
try:
    print(hash(bag))
except TypeError as err:
    print("TypeError:", err)
raw = [(1, 2), (3, 4.5)]
made = [Point(*t) for t in raw]
print(made, Color(*(9, 8)), Color(7, *(6,)), Edge(*(made[0], made[1])))
