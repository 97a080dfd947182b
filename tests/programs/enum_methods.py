# Enum members in a program: methods that look members up by value, a function defined before the
# class that uses it, tuple and float values, comprehensions over the class.
import enum


def opposite(d):
    return Direction((d.value + 2) % 4)


class Direction(enum.Enum):
    NORTH = 0
    EAST = 1
    SOUTH = 2
    WEST = 3

    def turn_right(self):
        return Direction((self.value + 1) % 4)

    def delta(self):
        return [(0, 1), (1, 0), (0, -1), (-1, 0)][self.value]


class Point(enum.Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


class Ratio(enum.Enum):
    HALF = 0.5
    THIRD = 0.3333333333333333


d = Direction.NORTH
x, y = 0, 0
for step in "FRFFRFLF":
    if step == "R":
        d = d.turn_right()
    elif step == "L":
        d = opposite(d.turn_right())
    else:
        dx, dy = d.delta()
        x += dx
        y += dy
print(d, x, y, opposite(Direction.EAST))
print(Point.UNIT, repr(Point.ORIGIN), Point.UNIT.value[0], Point((1, 1)))
print(repr(Ratio.THIRD), Ratio(0.5))
names = {m: m.name.lower() for m in Direction}
print(names)
print(" ".join(m.name for m in Direction))
print(tuple(Direction)[1:3])
