# What the builtin engine's struct does not port is refused at compile time, naming it: a format
# chosen at run time, the half-float code 'e', Struct objects, and a value count that does not
# match the format.
import struct
import sys

fmt = ">I" if len(sys.argv) > 1 else "<I"
a = struct.pack(fmt, 1)
b = struct.pack(">e", 1.5)
c = struct.Struct(">I")
d = struct.pack(">II", 1)
