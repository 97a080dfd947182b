# `@abstractproperty` (deprecated, still in the Builder pattern's examples): a property that
# subclasses override, and that makes its class abstract.
from abc import ABC, abstractproperty
import abc


class Builder(ABC):
    @abstractproperty
    def product(self):
        pass

    def build(self):
        return "built " + self.product


class Shape(metaclass=abc.ABCMeta):
    @abc.abstractproperty
    def sides(self):
        return 0


class HouseBuilder(Builder):
    @property
    def product(self):
        return "house"


class Square(Shape):
    @property
    def sides(self):
        return 4


print(HouseBuilder().build(), HouseBuilder().product, Square().sides)
try:
    Builder()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
