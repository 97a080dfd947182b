"""`%` with literal formats of plain conversions (compiled without a run-time format parser),
beside the forms that keep the general formatter."""
rows = [(1, "one", 1.5), (22, "two", -0.25), (-333, "thrée", 1e20)]
out = []
for n, name, x in rows:
    out.append("%d: %s = %s (%i%%)" % (n, name, x, n * 2))
    out.append("%s" % name)
    out.append("%d" % n)
    out.append("%s|%s" % (True, None is None))
print("\n".join(out))
big = 10 ** 30
print("%d and %s" % (big, -big))
print("%d" % True, "%s" % True, "%5d|" % 7, "%-4s|" % "ab", "%.2f" % 3.14159)
pixels = bytearray()
for c in range(0, 256, 51):
    pixels += b"%c%c%c" % (c, 255 - c, c // 2)
print(bytes(pixels), b"%d %d\n%s" % (3, -4, b"raw"), b"%s" % bytearray(b"ba"))
try:
    print(b"%c" % 300)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print("%d %d" % (1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
t = (5, "x")
print("%d-%s" % t)
