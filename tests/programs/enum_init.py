# Enum members whose tuple values feed the class's own `__init__` (the Planet example of the enum
# docs), a property computed from the fields, lookups by the tuple value, and an IntEnum's truth.
from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    def __init__(self, cents):
        self.dollars = cents / 100


class Dir(IntEnum):
    N = 0
    E = 1


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other


for p in Planet:
    print(p, p.value, p.mass, p.radius, round(p.surface_gravity, 3))
print(repr(Planet.EARTH), Planet((4.869e+24, 6.0518e6)).name)
print(Coin.NICKEL.dollars, Coin(1))
for d in Dir:
    if d:
        print(d.name, "truthy")
    else:
        print(d.name, "falsy")
    print(not d, bool(d))
m = Money(5)
print(m == 5, m != 5, 5 != m, m != 4, 4 == m)
