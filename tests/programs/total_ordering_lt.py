# @functools.total_ordering from __lt__ and __eq__: <=, > and >= as functools defines them, also
# for an order that is not total (equal magnitudes of different vectors).
import functools
from functools import total_ordering


@total_ordering
class Mag:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return self.x * self.x + self.y * self.y < other.x * other.x + other.y * other.y

    def __repr__(self):
        return f"Mag({self.x}, {self.y})"


@functools.total_ordering
class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)


a, b, c = Mag(3, 4), Mag(4, 3), Mag(1, 1)
print(a < b, a <= b, a > b, a >= b, a == b)
print(c < a, c <= a, c > a, c >= a, a > c, a >= c)
print(sorted([a, c, b]), max([c, a]), min([a, c]))
v1, v2 = Ver(1, 2), Ver(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v1, v1 >= Ver(1, 2), v1 > Ver(1, 2))
