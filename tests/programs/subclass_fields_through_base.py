# A base class's method reads a field only its subclasses' __init__ set; a value known (by
# isinstance or assert) to be a subclass instance is used through the base type.
class Shape:
    def describe(self):
        return "%s with %d sides, area %.2f" % (self.name, self.sides, self.area())

    def area(self):
        return 0.0

class Square(Shape):
    def __init__(self, s):
        self.name = "square"
        self.sides = 4
        self.s = s

    def area(self):
        return self.s * self.s

class Triangle(Shape):
    def __init__(self, b, h):
        self.name = "triangle"
        self.sides = 3
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2

class Blob(Shape):
    def __init__(self):
        self.name = "blob"

shapes = [Square(2), Triangle(3, 4), Square(1.5)]
for s in shapes:
    print(s.describe())
    if isinstance(s, Square):
        s.s += 1
        print("grown", s.s, s.area())
b = Blob()
shapes.append(b)
try:
    print(b.describe())
except AttributeError as e:
    print("AttributeError:", e)

def grow(shape):
    assert isinstance(shape, Triangle)
    shape.h *= 2
    return shape.h
print(grow(shapes[1]), shapes[1].describe())
print(sum(x.sides for x in shapes if not isinstance(x, Blob)))
