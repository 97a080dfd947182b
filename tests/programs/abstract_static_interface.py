# An interface of abstract static methods (`@staticmethod @abstractmethod def build_part_a():`)
# that the concrete classes implement as instance methods, the design-pattern "concept" samples'
# style: calls through objects reach the overrides.
from abc import ABCMeta, abstractmethod


class IBuilder(metaclass=ABCMeta):
    "The Builder Interface"

    @staticmethod
    @abstractmethod
    def build_part_a():
        "Build part a"

    @staticmethod
    @abstractmethod
    def build_part_b(size):
        "Build part b"

    @staticmethod
    @abstractmethod
    def get_result():
        "Return the final product"


class Builder(IBuilder):
    def __init__(self):
        self.parts = []

    def build_part_a(self):
        self.parts.append("a")
        return self

    def build_part_b(self, size):
        self.parts.append("b" * size)
        return self

    def get_result(self):
        return self.parts


class Director:
    @staticmethod
    def construct():
        return Builder().build_part_a().build_part_b(3).get_result()


print(Director.construct())
b = Builder()
b.build_part_b(2)
print(b.get_result())
try:
    IBuilder()
except TypeError as e:
    print("TypeError:", e)
