# Widths and roundings known only at run time: an int-or-float width of `str.rjust()` (the int,
# or CPython's TypeError for a float), math.floor/ceil/trunc of Fractions.
import math
from fractions import Fraction


def power(x):
    return 10 ** x


def width_of(xs):
    return max(power(x) // 10 for x in xs)


w = width_of([1, 2])
print(w, type(w).__name__)
print(repr("ab".rjust(w, "*")))
print(repr("ab".ljust(w)))
print(repr("ab".center(w, "-")))
print(repr("7".zfill(w)))

for f in [Fraction(7, 2), Fraction(-7, 2), Fraction(6, 3), Fraction(-1, 3), Fraction(10**15 + 1, 10)]:
    print(f, math.floor(f), math.ceil(f), math.trunc(f), type(math.floor(f)).__name__)

# The Calkin-Wilf sequence: each term from the last through floor().
a = Fraction(1)
terms = []
for _ in range(12):
    terms.append(a)
    a = 1 / (2 * math.floor(a) + 1 - a)
print(", ".join(str(t) for t in terms))

print(w.bit_length(), w.bit_count(), width_of([3]).bit_length())

w2 = width_of([-1])
print(w2)
print("x".rjust(w2))
