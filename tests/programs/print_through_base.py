# Printing values typed as a base class that defines neither `__str__` nor `__repr__` while its
# subclasses do: each object prints through its own class (an instance of the base itself would
# stop the port, as CPython prints an address).
from abc import ABCMeta, abstractmethod


class Shape(object, metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def __str__(self):
        return f"circle r={self.r}"

    def __repr__(self):
        return f"Circle({self.r})"


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __str__(self):
        return f"rect {self.w}x{self.h}"

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


shapes = [Circle(2), Rect(3, 4)]
for shape in shapes:
    print(shape, shape.area())
print(shapes, str(shapes[1]), repr(shapes[0]))
print(f"{shapes[0]} and {shapes[1]!r}")
