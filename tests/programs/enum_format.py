# Enum members in format specs (an Enum formats its str, a user `__str__` included; an IntEnum its
# int), `@enum.unique`, and non-ASCII str values.
import enum


@enum.unique
class Suit(enum.Enum):
    HEARTS = "♥"
    SPADES = "♠"


class Size(enum.Enum):
    SMALL = "s"
    LARGE = "l"

    def __str__(self):
        return self.name.lower()


class Rank(enum.IntEnum):
    JACK = 11
    QUEEN = 12


print(Suit.HEARTS, Suit("♠").name, f"[{Suit.SPADES:^14}]", repr(Suit.HEARTS))
for s in Size:
    print(f"{s:>8}|{s!r}|{s}|{s.value:<3}|")
for r in Rank:
    print(f"{r:04d} {r:>5} {r:x} {r!r} {r + 0:b}")
table = {s: len(s.name) for s in Suit}
print(table, sum(table.values()))
