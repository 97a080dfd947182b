"""struct.pack / unpack / calcsize with literal formats: a PNG header and chunks (Shed Skin's minpng)."""
import struct

def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", sum(data) & 0xFFFFFFFF)

header = struct.pack(">IIBBBBB", 640, 480, 8, 2, 0, 0, 0)
print(header, len(header), struct.calcsize(">IIBBBBB"))
print(png_chunk(b"IHDR", header))
print(struct.pack("<BHH", True, 300, 0xFFFF ^ 300))
print(struct.pack("BI", 1, 2), struct.calcsize("BI"), struct.calcsize("<BI"), struct.calcsize("l"))
print(struct.pack(">3sB?2x", b"ab", 5, [1]), struct.pack("<2h", 1, -2), struct.pack(">d", 1.5), struct.pack("<f", 0.1))
print(struct.pack(">q", -(2 ** 63)), struct.pack("<Q", 2 ** 64 - 1), struct.pack("c", b"z"))
w, h, depth, color, comp, filt, inter = struct.unpack(">IIBBBBB", header)
print(w, h, depth, color, comp, filt, inter)
print(struct.unpack("<3sh?f", b"abc\x01\x00\x01\x00\x00\x80\x3f"), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<b", b"\x80"))
x, = struct.unpack("<d", struct.pack("<d", 0.1))
print(x, struct.unpack("<i", bytearray(b"\xff\xff\xff\x7f")))
for fmt_bad in [">B", ">h", ">I", "i"]:
    try:
        if fmt_bad == ">B":
            struct.pack(">B", 256)
        elif fmt_bad == ">h":
            struct.pack(">h", 40000)
        elif fmt_bad == ">I":
            struct.pack(">I", -1)
        else:
            struct.pack("i", 2 ** 31)
    except Exception as e:
        print(type(e).__name__, e)
try:
    struct.unpack(">I", b"abc")
except Exception as e:
    print(type(e).__name__, e)
print(b"-".join(struct.pack(">H", i * 300) for i in range(3)))
