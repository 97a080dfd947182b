# The functional enum API at module level: names as one str (spaces or commas), as a list or
# tuple, as (name, value) pairs or a dict; `start=`; IntEnum; an annotated target.
from enum import Enum, IntEnum
import enum

State = Enum("State", "new running sleeping")
Nucleotide: IntEnum = IntEnum("Nucleotide", ("A", "C", "G", "T"))
Level = enum.Enum("Level", [("LOW", 10), ("HIGH", 20)])
Mode = Enum("Mode", {"READ": "r", "WRITE": "w"})
Day = IntEnum("Day", "MON,TUE, WED", start=0)

print(State.new, State.running.value, list(State), State["sleeping"], State(2))
print(Nucleotide.G, Nucleotide.G + 1, Nucleotide.T.name, [n.value for n in Nucleotide])
print(Level.HIGH.value, Level(10), Mode.WRITE.value, Mode("r").name)
print(Day.WED, Day.TUE + 0, repr(State.new), len(Day))
s = State.new
for step in range(3):
    s = State.running if s is State.new else State.sleeping
    print(step, s.name)
