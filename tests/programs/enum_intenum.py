# IntEnum: members are ints (arithmetic, reflected operators, comparisons with ints and with each
# other, sorting, sum), print/str/f-string show the int, repr shows the member; auto(); lookups.
from enum import IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    def label(self):
        return self.name.lower()


class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}")
print(Priority.LOW + 1, 10 + Priority.HIGH, Priority.HIGH * 2, Priority.HIGH - Priority.LOW)
print(Priority.HIGH // 2, Priority.HIGH % 2, Priority.HIGH / 2, -Priority.LOW, abs(Priority.MEDIUM))
print(Priority.LOW == 1, Priority.LOW != 1, Priority.MEDIUM == Priority.MEDIUM, Priority.LOW == Priority.HIGH)
print(Priority.LOW < 2, Priority.HIGH >= 3, Priority.LOW < Priority.HIGH, Priority.HIGH <= Priority.MEDIUM)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), min(Priority), Priority(2), Priority["HIGH"].label())
print(list(Level), Level.INFO.value, Level.INFO.name)
total = 0
for p in Priority:
    total += p
print(total)
tasks = [("write", Priority.MEDIUM), ("test", Priority.HIGH), ("rest", Priority.LOW)]
tasks.sort(key=lambda t: t[1], reverse=True)
print(tasks)
print([t for t, p in tasks if p >= Priority.MEDIUM])
print({Priority.LOW: "l"}, hash(Priority.HIGH) == hash(3))
try:
    Priority(9)
except ValueError as e:
    print(e)


class P(IntEnum):
    A = 1
    B = 2


xs = [10, 20, 30]
print(2 > P.A, 1 == P.A, 3 != P.B, P.A <= 1.5)
print(xs[P.B.value], int(P.A.value))
n = P.B
print(n + n, n * 3, 7 - n, 2 ** n, n << 2, n | 4)
