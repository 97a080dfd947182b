# A classmethod of an enum reads its class parameter as the enum itself (no enum with members has
# subclasses): iteration, len, list, lookups by value and name, members.
from enum import Enum, IntEnum, unique


@unique
class Unit(Enum):
    kilo = 3
    hecto = 2
    deci = -1
    milli = -3

    @classmethod
    def positive(cls):
        return {u.name: u.value for u in cls if u.value > 0}

    @classmethod
    def negative(klass) -> dict:
        return {u.name: u.value for u in klass if u.value < 0}

    @classmethod
    def describe(cls, v):
        m = cls(v)
        return f"{m.name}={m.value} of {len(cls)}, first {list(cls)[0]}, by name {cls['deci'].value}, {cls.kilo is m}"


class Level(IntEnum):
    LOW = 1
    HIGH = 5

    @classmethod
    def top(cls):
        return max(cls)


print(Unit.positive())
print(Unit.negative())
print(Unit.describe(3))
print(Unit.describe(-3))
print(Level.top(), Level.top() + 1)
try:
    Unit.describe(7)
except ValueError as e:
    print("ValueError:", e)
