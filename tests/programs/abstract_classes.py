# Abstract base classes: abstract methods, abstract properties, and CPython's TypeError when a
# class that leaves an abstract method unimplemented is instantiated.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        pass

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def name(self):
        return "rect"


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def name(self):
        return "square"


class HalfDone(Shape):
    def area(self):
        return 0.0


class Animal(metaclass=ABCMeta):
    @abc.abstractmethod
    def sound(self):
        raise NotImplementedError

    def speak(self):
        return "says " + self.sound()


class Dog(Animal):
    def sound(self):
        return "woof"


class Base(abc.ABC):
    @staticmethod
    def helper():
        return 7


for s in [Rect(2, 3), Square(4)]:
    print(s.describe())
print(Dog().speak(), Base.helper(), Base().helper())
for make in [lambda: Shape(), lambda: HalfDone(), lambda: Animal()]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
