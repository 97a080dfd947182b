# `Color.__members__`: the members by name, in definition order (items, keys, lookups, len).
from enum import Enum, IntEnum


class Weekday(Enum):
    Sun = 0
    Mon = 1
    Tue = 2


class Flavor(IntEnum):
    VANILLA = 1
    CHOCOLATE = 2


for name, member in Weekday.__members__.items():
    print(name, "=>", member, member.value)
print(list(Flavor.__members__), len(Flavor.__members__), Flavor.__members__["CHOCOLATE"] + 1)
print("Mon" in Weekday.__members__, [m.name for m in Weekday.__members__.values()])
