# What the builtin engine's array.array does not port is refused at compile time, naming it:
# a typecode chosen at run time, the 'u' typecode, assigning to a slice, a float item in an
# int array.
import sys
from array import array

code = "i" if len(sys.argv) > 1 else "d"
chosen = array(code, [1, 2])
chars = array("u", "abc")
ints = array("i", [1, 2, 3])
ints[0:2] = array("i", [7, 8])
ints[2] = 0.5
