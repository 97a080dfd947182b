# bytes and bytearray in f-strings and %-formatting print their repr; a format spec raises CPython's TypeError.
b = b"ab"
ba = bytearray(b"c'd")
print(f"{b} {ba} {b!r}", "%s|%r" % (b, ba), str(ba), b == "ab", [b] == [b"ab"], (b, 1) < (b"b", 0))
print(f"{b:>10}")
