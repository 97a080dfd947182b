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


class AbstractExpression:
    "A plain static placeholder the subclasses implement as instance methods"

    @staticmethod
    def interpret():
        """Evaluates the expression."""


class Number(AbstractExpression):
    def __init__(self, value):
        self.value = value

    def interpret(self):
        return self.value


class Add(AbstractExpression):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def interpret(self):
        return self.left.interpret() + self.right.interpret()


print(Add(Number(2), Add(Number(3), Number(4))).interpret())
