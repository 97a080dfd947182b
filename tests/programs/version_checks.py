# `sys.version_info` tests are decided at translation as CPython 3.11 decides them; the branch
# not taken (here naming Python 2's `xrange` and `unicode`) is never translated.
import sys
from sys import version_info as vi

if sys.version_info.major == 2:
    range = xrange
    text = unicode
else:
    text = str

if sys.version_info >= (3, 0):
    print("py3 tuple test")
if sys.version_info < (3,):
    print("py2")
elif vi[0] == 3 and vi[1] >= 8:
    print("3.8 or later")
else:
    print("older 3")
if not sys.version_info[0] < 3 or False:
    print("not / or")
if (3, 12) <= sys.version_info:
    print("3.12+")


def squares(n):
    if sys.version_info.major < 3:
        return map(lambda i: i * i, xrange(n))
    return [i * i for i in range(n)]


print(squares(5), text(42))
