class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

    def move(self, dx, dy=1):
        self.x += dx
        self.y = self.y + dy

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * 1.0


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    @staticmethod
    def unit():
        return Circle(1.0)


def main():
    p = Point(1, 2)
    q = Point(4, 6)
    print(p.dist2(q))
    p.move(2)
    print(p, q)
    print([p, q])
    shapes = [Rect(2, 3), Circle(1.5), Circle.unit()]
    for s in shapes:
        print(s.describe())
    print(Shape.count, shapes[0].count)
    total = 0.0
    for s in shapes:
        total += s.area()
    print(round(total, 3))
    print(isinstance(shapes[0], Rect), isinstance(shapes[1], Rect), isinstance(shapes[1], (Rect, Circle)))


main()
