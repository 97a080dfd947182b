# bytearray: a mutable byte string shared by reference; item and slice assignment (the sieve
# idiom), append/extend/pop, in-place `+=`/`*=` seen through aliases, and its repr.
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i in range(n + 1) if flags[i]]


print(sieve(60))
ba = bytearray(b"hello")
alias = ba
ba[0] = 72
ba += b" world"
alias.append(33)
print(ba, alias, len(ba), ba == b"Hello world!", ba[-1], ba[:5])
ba *= 2
print(alias)
buf = bytearray()
buf.extend(b"abc")
buf.extend([100, 101])
buf.extend(bytearray(b"f"))
print(buf, buf.pop(), buf.pop(0), buf)
buf[1:3] = b"XYZW"
print(buf)
buf[::2] = b"123"
print(buf)
buf[2:4] = []
del_me = bytearray(4)
print(buf, del_me, bytearray(), bytearray([1, 2, 255]), bytearray(range(3)))
print(bytes(buf), bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"x") * 3)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(bytearray(b"a'b"), bytearray(b"a\"b"), bytearray(b"Hi There").upper(), bytearray(b"x,y").split(b","))
print(bytearray(b"hey").decode(), bytearray.fromhex("0a0b"), bytearray(b"\x01\x02").hex(), 2 in bytearray(b"\x02"))
count = bytearray(b"mississippi").count(b"ss")
print(count, bytearray(b"mississippi").count(115))


class Packet:
    def __init__(self):
        self.payload = bytearray()

    def add(self, chunk):
        self.payload += chunk


p = Packet()
p.add(b"ab")
p.add(b"cd")
print(p.payload, len(p.payload))
out = bytearray()
for ch in "pyport":
    out.append(ord(ch) - 32)
print(out, out.decode("ascii"), [chr(c) for c in out])
copy = out.copy()
copy.reverse()
out.clear()
print(copy, out)
