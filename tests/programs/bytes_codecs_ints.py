# str.encode / bytes.decode (utf-8, ascii, latin-1) with CPython's UnicodeDecodeError and
# UnicodeEncodeError messages, int.to_bytes / int.from_bytes (big, little, signed, big ints),
# and the ValueError/IndexError/OverflowError texts of bytes and bytearray.
text = "héllo wörld €"
enc = text.encode()
print(enc, len(enc), enc.decode(), enc.decode("utf-8") == text)
print("abc".encode("ascii"), "café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "x".encode(encoding="utf8"))
for bad in [b"\xff", b"ab\xe4\xb8", b"\xe4\x41", b"\xc3", b"ok\xe0\x80x", b"\xf0\x9f\x98", b"\xed\xa0\x80"]:
    try:
        print(bad.decode())
    except ValueError as e:
        print("decode:", e)
try:
    b"caf\xe9!".decode("ascii")
except ValueError as e:
    print(e)
for s in ["naïve", "ab€€cd", "x\U0001f600"]:
    try:
        s.encode("ascii")
    except ValueError as e:
        print(e)
try:
    "€".encode("latin-1")
except ValueError as e:
    print(e)
for n in [0, 1, 255, 256, 65535, 2 ** 64 + 5, 3 ** 80]:
    length = (n.bit_length() + 7) // 8 or 1
    big = n.to_bytes(length, "big")
    little = n.to_bytes(length, "little")
    print(n, big.hex(), little.hex(), int.from_bytes(big, "big"), int.from_bytes(little, "little"))
for n in [-1, -128, 127, -129, 1000, -(2 ** 70)]:
    b = n.to_bytes(10, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, byteorder="little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff", "big", signed=True), (5).to_bytes(2, byteorder="little"))
errors = 0
for n, size in [(256, 1), (-1, 2), (128, 1)]:
    try:
        print(n.to_bytes(size, "big", signed=n < 0))
    except OverflowError as e:
        errors += 1
        print("overflow:", e)
try:
    print((-5).to_bytes(2, "big"))
except OverflowError as e:
    print(e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
ba = bytearray(3)
for v in [256, -1]:
    try:
        ba[0] = v
    except ValueError as e:
        print(e)
try:
    ba.append(300)
except ValueError as e:
    print(e)
try:
    print(bytes([1, 2, 999]))
except ValueError as e:
    print(e)
try:
    print(bytes(-2))
except ValueError as e:
    print(e)
try:
    print(b"abc"[3])
except IndexError as e:
    print(e)
try:
    print(ba[-4])
except IndexError as e:
    print(e)
try:
    ba[9] = 1
except IndexError as e:
    print(e)
try:
    ba[::2] = b"xyz"
except ValueError as e:
    print(e)
try:
    bytearray().pop()
except IndexError as e:
    print(e)
try:
    print(b"abc".index(b"z"))
except ValueError as e:
    print(e)
try:
    print(bytes.fromhex("12 3g"))
except ValueError as e:
    print(e)
try:
    print(300 in b"abc")
except ValueError as e:
    print(e)
print(errors)
