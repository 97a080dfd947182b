# `@enum.unique` on an enum with an alias: CPython raises ValueError when the class is created; the
# compiler reports it, naming the alias.
from enum import Enum, unique


@unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


print(Color.RED)
