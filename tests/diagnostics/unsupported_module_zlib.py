# A module the builtin engine does not compile (zlib): one diagnostic naming it.
import zlib

print(zlib.crc32(b"abc"))
