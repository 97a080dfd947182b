# Classes with __slots__, a generator __iter__, __rmul__ = __mul__, classmethod registries and an ABC base.
import random
import math
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def __str__(self):
        return f"{self.__class__.__name__}(area={self.area():.2f})"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Registry:
    _instances = {}
    @classmethod
    def register(cls, name, shape):
        cls._instances[name] = shape
    @classmethod
    def get(cls, name):
        return cls._instances.get(name)
    @staticmethod
    def describe(shape):
        return str(shape)

random.seed(42)
shapes = []
for i in range(6):
    if random.random() < 0.5:
        shapes.append(Circle(random.randint(1, 5)))
    else:
        shapes.append(Square(random.uniform(1, 3)))
for i, s in enumerate(shapes):
    Registry.register(f"s{i}", s)
print(Registry.describe(Registry.get("s2")))
print(sorted(shapes, key=lambda s: s.area())[0])
total = sum(s.area() for s in shapes)
print(f"{total:.3f}", max(shapes, key=lambda s: s.area()))
print(isinstance(shapes[0], Shape), [type(s).__name__ for s in shapes])

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __iter__(self):
        yield self.x
        yield self.y
v = Vector(1, 2) + Vector(3, 4) * 2
print(v, abs(v), 3 * v, list(v), v == Vector(7, 10))
x, y = v
print(x, y)
