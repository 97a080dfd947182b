# tags: classes, numeric
# difficulty: easy
# case: 3
# case: 0
# case: 1
# case: 50
# timing: 450000
# A 2-D vector class with operator overloading (+, -, *, /, unary -, abs,
# ==, hash, <, repr, iteration), used in a polygon-area and centroid
# computation and a particle simulation; equal vectors dedupe in a set.
import math
import sys
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def cross(self, other):
        return self.x * other.y - self.y * other.x

    def rotated(self, angle):
        c, s = math.cos(angle), math.sin(angle)
        return Vector(self.x * c - self.y * s, self.x * s + self.y * c)


def polygon(n):
    return [Vector(round(math.cos(2 * math.pi * k / n) * 10, 6), round(math.sin(2 * math.pi * k / n) * 10, 6))
            for k in range(n)]


def area_and_centroid(points):
    if len(points) < 3:
        return 0.0, None
    a = 0.0
    c = Vector()
    for p, q in zip(points, points[1:] + points[:1]):
        cr = p.cross(q)
        a += cr
        c = c + (p + q) * cr
    a /= 2
    return a, c / (6 * a)


n = int(sys.argv[1])
poly = polygon(n)
area, centroid = area_and_centroid(poly)
print(f"{n}-gon area {area:.6f} (circle {math.pi * 100:.6f}), centroid {centroid}")
print("sorted first:", sorted(poly)[:2])
print("distinct after rounding:", len({Vector(round(p.x), round(p.y)) for p in poly}))
pos, vel = Vector(0.0, 0.0), Vector(1.0, 0.5)
gravity = Vector(0.0, -0.01)
bounces = 0
for step in range(n):
    vel = vel + gravity
    pos = pos + vel * 0.1
    if pos.y < 0:
        pos = Vector(pos.x, -pos.y)
        vel = Vector(vel.x, -vel.y) * 0.9
        bounces += 1
    vel = vel.rotated(0.0001)
x, y = pos
print(f"particle after {n} steps: ({x:.6f}, {y:.6f}), speed {abs(vel):.6f}, bounces {bounces}")
print(-Vector(1, 2), 2 * Vector(1.5, -1), Vector(3, 4) == Vector(3.0, 4.0), Vector(1, 2) <= Vector(1, 3))
