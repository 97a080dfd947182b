# Python 2 compatibility probes fail in CPython 3.11, so their fallbacks are what runs:
# `try: xrange except NameError: xrange = range`, `from itertools import izip` under ImportError.
from __future__ import print_function

try:
    xrange
except NameError:
    xrange = range

try:
    from itertools import izip as zip_pairs
except ImportError:
    zip_pairs = zip

try:
    reduce
except NameError:
    from functools import reduce

try:
    text_type = unicode
except NameError:
    text_type = str


def evens(n):
    return [i for i in xrange(0, n, 2)]


print(evens(9), list(zip_pairs("ab", xrange(2))))
print(reduce(lambda a, b: a * b, xrange(1, 6)), text_type(12) + "!")
print(sum(x * x for x in xrange(10)), len(xrange(3, 30, 3)))

import itertools, math, sys
if sys.version_info.major == 2:
    filterfalse = itertools.ifilterfalse
else:
    filterfalse = itertools.filterfalse
root = math.isqrt
print(list(filterfalse(lambda v: v % 3, xrange(12))), root(99), [root(v) for v in (4, 17)])
try: zip = itertools.izip
except: pass


class Marker(object):
    ...


print(list(zip("ab", "cd")), type(Marker()).__name__)
