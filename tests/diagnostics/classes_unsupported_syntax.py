from dataclasses import dataclass


class A:
    pass


class B:
    pass


class C(A, B):
    pass


class Meta(A, metaclass=type):
    pass


@dataclass(slots=True)
class Point:
    x: int
    y: int


@dataclass
class Bag:
    items: list = []


class Plain:
    x: int


class Shape:
    @property
    def area(self):
        return 0

    @area.setter
    def area(self, v):
        pass


def make():
    class Local:
        pass
    return Local()


class Holder:
    items = []
    for i in range(3):
        items.append(i)
