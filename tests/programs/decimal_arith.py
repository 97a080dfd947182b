# decimal.Decimal: construction (int, str, float, Decimal), context precision and rounding modes,
# + - * / // % with ints and Decimals, unary ops, comparisons, hashing, str/repr (to-sci-string),
# int()/float()/round(), quantize, normalize; many generated values checked against CPython.
import decimal
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN

print(Decimal(), Decimal(7), Decimal(-1234567890123456789), Decimal("-12345678901234567890123"), Decimal("1.50"), Decimal(" -0.000 "))
print(repr(Decimal("1e3")), repr(Decimal("12.5E-10")), repr(Decimal("-0")), Decimal("1_000.5"), Decimal(".5"), Decimal("5."))
print(Decimal(0.1), Decimal(-2.5), Decimal(1e20), Decimal(3.0e-7), Decimal(Decimal("2.50")))
print(Decimal("inf"), Decimal("-Infinity"), Decimal("NaN"), repr(Decimal("nan123")), Decimal(float("inf")))

strs = ["0", "1", "-1", "0.1", "123.456", "-98765.4321", "1E+2", "1e-7", "0.000001", "0.0000001",
        "1234567890123456789.01234567890", "2.5", "3.5", "-2.5", "0.5", "1.05", "9.995", "7E-12",
        "100", "1.000", "-0.0", "4.2E+5", "31415926535.8979323846"]
vals = [Decimal(s) for s in strs]
for s, v in zip(strs, vals):
    print(s, str(v), repr(v), v.adjusted() if v else 0, int(v), float(v), v == Decimal(str(v)))

ops = 0
for prec in [28, 5, 12, 40, 1]:
    getcontext().prec = prec
    print("prec", getcontext().prec)
    for a in vals[::2]:
        for b in vals[1::3]:
            line = [a + b, a - b, a * b]
            if b:
                line.append(a / b)
                if a.adjusted() - b.adjusted() < prec:
                    line.append(a // b)
                    line.append(a % b)
            ops += len(line)
            print(" ".join(str(x) for x in line))
    print(+Decimal("1234567.891"), -Decimal("0.00012345678901"), abs(Decimal("-987654321.123456789")))
getcontext().prec = 28
print("ops", ops)

for mode in [decimal.ROUND_HALF_EVEN, ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, ROUND_DOWN, decimal.ROUND_UP,
             decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP]:
    getcontext().rounding = mode
    getcontext().prec = 3
    row = [str(Decimal(n) / 1000 + 0) for n in [1234, 1235, 1236, 1245, -1235, -1245, 1250, 1050, 9995, -9995]]
    row.append(str(Decimal(2) / 3))
    row.append(str(Decimal("1.005") * 1))
    print(getcontext().rounding, " ".join(row))
getcontext().rounding = decimal.ROUND_HALF_EVEN
getcontext().prec = 28

for n in range(-12, 13):
    d = Decimal(n) / 8
    print(n, d, round(d), round(d, 1), int(d), d.quantize(Decimal("0.1")), d.quantize(Decimal("1"), rounding=ROUND_HALF_UP),
          (d * 1000).normalize(), d.to_integral_value(), d > 0, d <= -1, d == d + 0, d != n, hash(d) == hash(d + 0))

print(Decimal(3) == 3, 3 == Decimal("3.000"), Decimal("0.5") < 1, 2 > Decimal("1.99"), Decimal("nan") == Decimal("nan"))
print(hash(Decimal(12)) == hash(12), hash(Decimal("1.5")), hash(Decimal("-0.125")), hash(Decimal("1e30")))
d = {Decimal("1.0"): "one", Decimal(2): "two"}
print(d[Decimal(1)], d[Decimal("2.000")], sorted([Decimal("3.1"), Decimal(-2), Decimal("0.5")]), max(vals), min(vals))
print([Decimal("1.10"), Decimal(2)], (Decimal("-0"), 1))
print(Decimal(1) / Decimal(3) * 3, Decimal(1) - Decimal("1e-30"), 1 - Decimal("1e-28"))
total = Decimal(0)
for i in range(1, 50):
    total += Decimal(1) / i
print(total, bool(Decimal(0)), bool(Decimal("0.01")), f"{Decimal('2.50')}", str(Decimal("1.2E+3")))
try:
    print(Decimal(1) / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(Decimal(0) / Decimal(0))
except ArithmeticError as e:
    print("ArithmeticError", e)
print(Decimal(-7) // Decimal("inf"), Decimal("inf") * -2, Decimal("1E+999") / 7)
print(Decimal(5) / Decimal("-0"))
