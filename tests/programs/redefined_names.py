# A tutorial's first version of a class and function, then improved ones under the same names.
from dataclasses import dataclass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.summary = owner + " has " + str(balance)


a = Account("Ann", 10)
a.owner = "Bob"
print(a.owner, "|", a.summary)
print(type(a).__name__, Account.__name__)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def summary(self):
        return self.owner + " has " + str(self.balance)


a = Account("Ann", 10)
a.owner = "Bob"
print(a.owner, "|", a.summary())
print(type(a).__name__)


def fib(n):
    # the slow version: recursion, its own calls stay with it
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)], fib.__name__)
if fib(10) == 55:
    print("recursive ok")


def fib(n):
    x, y = 0, 1
    for _ in range(n):
        x, y = y, x + y
    return x


print(fib(90), fib.__name__)


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p)


@dataclass
class Point:
    x: float
    y: float
    z: float = 0.0


print(Point(1.5, 2.5), p)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)


class Stack(Stack):
    def pop(self):
        return self.items.pop()


s = Stack()
s.push(3)
s.push(4)
print(s.pop(), type(s).__name__, isinstance(s, Stack))


class BadInput(Exception):
    pass


try:
    raise BadInput("first")
except BadInput as e:
    print("caught", type(e).__name__, e)


class BadInput(ValueError):
    pass


raise BadInput("second")
