# float.is_integer() on floats and int-or-float values; Python 3.11's ints have no such method.
import math

for x in [1.0, 1.5, -0.0, 2e300, 1e-300, float("inf"), float("-inf"), float("nan"), 7 / 7, 10 / 4]:
    print(repr(x), x.is_integer())
print([n ** 0.5 for n in range(10) if (n ** 0.5).is_integer()])
print([c for c in range(1, 30) if math.sqrt(c * c + 9).is_integer()])


def check(n):
    if type(n) == float:
        if not n.is_integer():
            return False
        n = int(n)
    return n % 3 == 0


def halves(x):
    return x / 2 if x.is_integer() else x


print(check(6), check(7), check(9), halves(6.0), halves(6.5))
vals = [2.0, 3]
vals.append(4.5)
for v in vals:
    try:
        print(v, v.is_integer())
    except AttributeError as e:
        print("AttributeError:", e)
k = len(vals)
print(k.is_integer())
