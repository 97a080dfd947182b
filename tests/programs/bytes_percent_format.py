"""PEP 461 `%` formatting of bytes: a binary PPM header and pixels (Shed Skin's chaos), and the rules."""
w, h, maxval = 3, 2, 255
header = b"P6\n%i %i\n%i\n" % (w, h, maxval)
print(header)
pixels = bytearray()
for y in range(h):
    for x in range(w):
        c = (x * 97 + y * 31) % 256
        pixels += b"%c%c%c" % (c, c // 2, 255 - c)
print(len(pixels), bytes(pixels))
print(b"%5d|%-5x|%05.1f|%+d" % (42, 255, 3.14159, 7))
print(b"%s and %b" % (b"raw", bytearray(b"more")), b"%.2s" % b"truncated")
print(b"%r %a" % ("caf\u00e9", b"x"), b"%c" % b"z", b"100%%")
print(bytearray(b"[%3s]") % b"ab")
n = 5
print(b"%d items" % n)
for bad in [lambda: b"%s" % "text", lambda: b"%c" % 256, lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
