class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Base:
    def f(self, a):
        return a


class Derived(Base):
    def f(self, a, b):
        return a + b


class Unrelated(Exception):
    def __init__(self, msg):
        super().__init__(msg)


p = Point(1, 2)
print(p)
print(p.z)
q = Point(1, 2, 3)
print(Derived().f(1, 2))
