# `x.__class__` is `type(x)`: its `__name__` is the class of the object at run time.
class Shape:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"{self.__class__.__name__}({self.n})"

    def kind(self):
        return type(self).__name__


class Square(Shape):
    pass


shapes = [Shape(1), Square(2)]
print(shapes, [s.kind() for s in shapes])
print(shapes[1].__class__.__name__, type(shapes[0]).__name__, Square.__name__, Shape.__name__)
