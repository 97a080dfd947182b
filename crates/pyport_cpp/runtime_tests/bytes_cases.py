# CPython 3.11 reference for bytes_test.cpp --cases: reprs of every byte alone and with quotes,
# utf-8/ascii/latin-1 decode and encode errors over generated inputs, int.to_bytes/from_bytes.
import itertools

for c in range(256):
    one = bytes([c])
    print("repr", c, repr(one), repr(one + b"'"), repr(one + b"'\""), repr(bytearray(one + b"'")))
seqs = [bytes(p) for n in (1, 2, 3) for p in itertools.product([0x41, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xa0, 0xf0, 0xf4, 0x90, 0x8f, 0xff], repeat=n)]
for s in seqs:
    for codec in ("utf-8", "ascii", "latin-1"):
        try:
            r = repr(s.decode(codec))
        except UnicodeDecodeError as e:
            r = "UnicodeDecodeError: " + str(e)
        print("decode", s.hex(), codec, r)
texts = ["", "abc", "é", "aé€", "€€x", "x\U0001f600y", "\xff\u0100", "ÿ"]
for t in texts:
    for codec in ("utf-8", "ascii", "latin-1"):
        try:
            r = repr(t.encode(codec))
        except UnicodeEncodeError as e:
            r = "UnicodeEncodeError: " + str(e)
        print("encode", repr(t), codec, r)
values = [0, 1, 127, 128, 255, 256, 32767, 32768, 65535, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 10 ** 30, 2 ** 127, 2 ** 128 - 1]
for v in values + [-x for x in values]:
    for length in (0, 1, 2, 3, 4, 8, 9, 16, 17):
        for order in ("big", "little"):
            for signed in (False, True):
                try:
                    b = v.to_bytes(length, order, signed=signed)
                    r = b.hex() + " " + str(int.from_bytes(b, order, signed=signed)) + " " + str(int.from_bytes(b, order, signed=not signed))
                except OverflowError as e:
                    r = "OverflowError: " + str(e)
                print("int", v, length, order, signed, r)
