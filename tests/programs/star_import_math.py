# `from M import *` binds the module's public names; the program reads the ones it uses.
from math import *
from itertools import *


def agm(a, g):
    while abs(a - g) > 1e-15 * a:
        a, g = (a + g) / 2, sqrt(a * g)
    return a


print(agm(1, 1 / sqrt(2)), pi, e, floor(2.5), gcd(12, 18))
print(list(islice(count(5, 3), 4)), list(chain([1], [2, 3])))
print([round(sin(radians(d)), 6) for d in range(0, 360, 90)])
print(factorial(25), isqrt(10**20), comb(10, 3))
