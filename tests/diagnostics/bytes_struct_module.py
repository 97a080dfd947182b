# The `struct` module (packing ints into bytes) is not compiled: one diagnostic naming it.
import struct

print(struct.pack("<I", 7))
