# Fraction uses the builtin engine cannot compile exactly: each is reported, none is guessed.
from fractions import Fraction

a = Fraction(1, 3)
xs = [0] * 3
p = a ** Fraction(1, 2)  # possibly irrational: CPython decides at run time
k = 2 ** len(xs)
m = a + k  # a Fraction with an int-or-float value
print(a.real)
