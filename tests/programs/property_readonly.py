"""`@property`: a read-only computed attribute, read on instances, on `self`, and in expressions."""
import math


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    @property
    def diameter(self):
        return 2 * self.r

    def describe(self):
        return f"circle d={self.diameter} area={self.area:.3f}"


class Stack:
    def __init__(self):
        self.items = []

    @property
    def empty(self):
        return not self.items

    @property
    def top(self):
        return self.items[-1]

    def push(self, x):
        self.items.append(x)
        return self


c = Circle(2)
print(c.diameter, round(c.area, 6), c.describe())
c.r = 5
print(c.diameter, [Circle(k).diameter for k in range(3)])
s = Stack()
print(s.empty)
s.push(3).push(4)
print(s.empty, s.top, s.push(9).top)
while not s.empty:
    print(s.items.pop())
print(s.top)
