# `__name__` of function values (module-level defs passed around, stored, decorated) and
# `type(x).__name__` of values whose class is known only at run time.
from collections import OrderedDict, defaultdict, Counter, deque


def square(x):
    return x * x


def cube(x):
    return x * x * x


def negate(x):
    return -x


def traced(f):
    print("decorating", f.__name__)
    return f


@traced
def halve(x):
    return x // 2


def table(fs, xs):
    for f in fs:
        print(f.__name__.rjust(8), [f(x) for x in xs])


table([square, cube, negate, halve], [1, 2, 3])
named = {f.__name__: f for f in (cube, square)}
print(sorted(named), named["cube"](4))
show = lambda f: "<" + f.__name__ + ">"
print(show(negate), show(square))
pick = square if len(named) > 5 else cube
print(pick.__name__, pick(3))


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


for sh in [Square(2), Circle(1), Shape()]:
    print(type(sh).__name__, sh.area())

mixed = [1, 2.5, 3]
print([type(v).__name__ for v in mixed])
maybe = [None, 4, None]
print([type(v).__name__ for v in maybe])
things = [1, "a", [2], (3, 4), {5: 6}]
print([type(t).__name__ for t in things])
dd = defaultdict(int)
dd["k"] += 1
print(type(None).__name__, type(OrderedDict([(1, 2)])).__name__, type(dd).__name__, type(Counter("ab")).__name__, type(deque([1])).__name__)


def ranked_a(xs):
    """Standard competition ranking"""
    return sorted(xs)


def ranked_b(xs):
    """Dense ranking"""
    return sorted(xs, reverse=True)


for ranker in [ranked_a, ranked_b]:
    print("%s: %s" % (ranker.__doc__, ranker([3, 1, 2])), ranker.__name__)
