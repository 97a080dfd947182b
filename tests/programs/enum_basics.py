# Enum classes: members with int, str, tuple and float values, auto(), aliases, name/value, lookup
# by value and by name (with CPython's errors), iteration, len, repr/str/f-strings, identity and
# equality, members as dict keys and set members, isinstance, methods and a property.
from enum import Enum, auto


class Color(Enum):
    """Primary colours."""
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} has value {self.value}"

    @property
    def is_warm(self):
        return self.value == 1


class Animal(Enum):
    CAT = auto()
    DOG = auto()
    COW = auto()


class Unit(Enum):
    METER = "m"
    FOOT = "ft"


def paint(c):
    if c is Color.RED:
        return "hot"
    elif c == Color.GREEN:
        return "grassy"
    return "cool"


print(Color.RED)
print(repr(Color.GREEN))
print(Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(f"{Color.BLUE} and {Color.BLUE!r}")
print(str(Animal.DOG), Animal.DOG.value)
for c in Color:
    print(c.name, c.value, c.describe(), c.is_warm, paint(c))
print(list(Color))
print(len(Color), len(Animal))
print([a.name for a in Animal])
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == Color.CRIMSON)
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
seen = {Color.RED, Color.GREEN, Color.RED}
print(len(seen), Color.GREEN in seen, Color.BLUE in seen)
print(isinstance(Color.RED, Color), isinstance(Unit.FOOT, Color))
print(Unit("ft"), repr(Unit.METER))
print(Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Unit("yd")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(Color, key=lambda c: c.name))
print(max(Animal, key=lambda a: a.value))
