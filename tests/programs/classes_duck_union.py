# Unrelated classes used through the same methods and fields (duck typing): a list holding both,
# a function taking either, isinstance dispatch, printing, and a missing method raising AttributeError.
import sys


class Circle:
    kind = "round"

    def __init__(self, r):
        self.r = r
        self.name = "circle"

    def area(self):
        return 3.0 * self.r * self.r

    def scale(self, k):
        self.r = self.r * k
        return self

    def __repr__(self):
        return f"Circle({self.r})"


class Square:
    kind = "square"

    def __init__(self, side):
        self.side = side
        self.name = "square"

    def area(self):
        return float(self.side * self.side)

    def scale(self, k):
        self.side = self.side * k
        return self

    def perimeter(self):
        return 4 * self.side

    def __repr__(self):
        return "Square(%r)" % self.side


class Tri(Square):
    kind = "tri"

    def area(self):
        return self.side * self.side / 2

    def __str__(self):
        return "a triangle"


class Blob:
    def __init__(self):
        self.name = "blob"

    def area(self):
        return 0.5

    def __repr__(self):
        return "Blob()"


def describe(shape):
    return f"{shape.name} ({shape.kind}) area={shape.area():.2f}"


def total(shapes):
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


shapes = [Circle(1.0), Square(2.0), Tri(3.0), Circle(0.5)]
for s in shapes:
    print(describe(s))
    if isinstance(s, Square):
        print("  perimeter", s.perimeter())
    elif isinstance(s, Circle):
        print("  radius", s.r)
print(shapes)
for s in shapes:
    print(s, str(s))
print(round(total(shapes), 6))
best = None
for s in shapes:
    if best is None or s.area() > best.area():
        best = s
print("largest:", best)
shapes[0].name = "big circle"
print(shapes[0].name, shapes[0].scale(3.0))
pick = Circle(2.0) if len(sys.argv) > 5 else Blob()
print(describe(shapes[1]), pick)
mixed = [Blob(), Circle(1.5)]
print(mixed, total(mixed))
for s in shapes + [Blob()]:
    print(s.perimeter())
