# fractions.Fraction: construction, normalisation, exact arithmetic, mixing with ints and
# floats, comparisons, hashing, printing (also inside containers), rounding and limits.
from fractions import Fraction
import fractions

a = Fraction(3, 4)
b = Fraction("1.5")
c = Fraction(-6, -8)
d = Fraction(10, -4)
print(a, b, c, d, repr(a), repr(d), a == c)
print(Fraction(5), Fraction("3/7"), Fraction(" -2/6 "), Fraction("1e-3"), Fraction("-.5"), Fraction("1_000/3"))
print(Fraction(0.1), Fraction(2.25), Fraction(-0.0), fractions.Fraction(7, 21))
print(Fraction(a, b), Fraction(3, b), Fraction(a))
print(a + b, a - b, a * b, a / b, a // b, b // a, a % b, b % a, divmod(b, a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 7 // a, a ** 2, a ** -3, d ** 3, d ** -1, a ** 0)
print(a + 0.5, 0.5 * a, a / 0.5, a ** 0.5, b > 1.4, b == 1.5, a == 0.75, a != 0.7)
print(a < b, a <= c, b > a, a >= 1, 1 < b, 2 > b, a == 3, Fraction(6, 2) == 3)
print(a.numerator, a.denominator, d.numerator, d.denominator, Fraction(0).denominator)
print(-a, abs(d), int(d), int(b), float(a), round(b), round(Fraction(5, 2)), round(Fraction(-7, 2)), round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)), hash(-Fraction(1, 3)))
pi = Fraction("3.141592653589793")
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(), Fraction(4321, 8765).limit_denominator(10000))
xs = [Fraction(1, n) for n in range(1, 7)]
print(xs)
print(sum(xs), max(xs), min(xs), sorted(xs, reverse=True)[:2])
harmonic = Fraction(0)
for n in range(1, 30):
    harmonic += Fraction(1, n)
print(harmonic, float(harmonic))
seen = {Fraction(1, 2): "half", Fraction(2, 3): "two thirds"}
print(seen, seen[Fraction(2, 4)], (a, b), {Fraction(1, 2), Fraction(2, 4)})
big = Fraction(2 ** 70, 3 ** 40)
print(big, big * big, float(big), big > 1, bool(Fraction(0)), bool(a))
print(f"{a} and {b!r}", str(b), "%s" % a)
for bad in ["abc", "1/0x", "", "1/-2"]:
    try:
        print(Fraction(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(a / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(Fraction(0) ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(a // Fraction(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(Fraction(float("inf")))
except OverflowError as e:
    print("OverflowError:", e)
print(Fraction(7, 0))
