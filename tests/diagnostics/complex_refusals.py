# What CPython rejects for complex numbers (TypeError at run time) is refused when compiling, as
# are the cmath functions the builtin engine does not port and a variable
# holding an int before a complex; iterating over a namedtuple is not compiled yet.
import cmath
from collections import namedtuple

z = 1 + 2j
print(round(z))
print(z < 2j)
print(z // 2)
print(int(z))
print(max([z, 1j]))
print(cmath.tan(z))
r = 0
for k in range(3):
    r += z * k
print(r)
P = namedtuple("P", "x y")
for v in P(1, 2):
    print(v)
