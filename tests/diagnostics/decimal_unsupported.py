# Decimal uses the builtin engine does not port: each is reported, none is guessed.
import decimal
from decimal import Decimal, getcontext, localcontext

a = Decimal("1.5")
p = a ** 2  # __pow__ is not ported
q = a + 1.5  # CPython raises TypeError: Decimal and float do not mix
r = Decimal(2).exp()  # exp() is not ported
s = f"{a:.3f}"  # __format__ is not ported
getcontext().Emax = 10  # only prec and rounding
ctx = localcontext()  # not ported
print(a.quantize(Decimal("0.1"), rounding="bad"), p, q, r, s)
print("%s" % Decimal(1))  # `%` formatting converts through float()/int()
