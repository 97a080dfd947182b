# operator.methodcaller with constant arguments, itemgetter/attrgetter with several arguments (a
# tuple of the items) and attrgetter of a dotted name.
import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, x, y, name):
        self.x = x
        self.y = y
        self.name = name

    def distance(self, a, b):
        return ((self.x - a) ** 2 + (self.y - b) ** 2) ** 0.5

    def label(self, prefix="p", upper=False):
        s = prefix + self.name
        return s.upper() if upper else s


pts = [P(3, 4, "c"), P(1, 1, "a"), P(0, 2, "b")]
d = operator.methodcaller("distance", 0, 0)
print([round(d(p), 3) for p in pts])
print([p.name for p in sorted(pts, key=methodcaller("distance", 1, 1))])
print(list(map(methodcaller("label", "#", upper=True), pts)))
rows = [(1, "b", 2.5), (0, "a", 9.0), (1, "a", 0.5)]
print(sorted(rows, key=itemgetter(0, 1)))
print(sorted(pts, key=attrgetter("y", "x"))[0].name, attrgetter("name", "x")(pts[0]))
print(sorted(["bb", "a", "ccc"], key=methodcaller("count", "c")))


class Seg:
    def __init__(self, a, b):
        self.start = a
        self.end = b


segs = [Seg(pts[0], pts[1]), Seg(pts[2], pts[0])]
print([s.end.name for s in sorted(segs, key=attrgetter("start.x"))], attrgetter("end.name", "start.y")(segs[0]))
