# Augmented assignment to bytearray items and to bytes/bytearray names, iterating a bytearray that
# grows while it is iterated, big ints through to_bytes/from_bytes, bytes in sorted/max/set/dict/tuple.
ba = bytearray(b"abc")
ba[0] += 1
ba[1] -= 1
print(ba)
x = b"ab"
x += b"cd"
x *= 2
print(x)
for i, c in enumerate(bytearray(b"xy")):
    print(i, c)
ba2 = bytearray(b"12")
for c in ba2:
    if len(ba2) < 5:
        ba2.append(c)
print(ba2)
n = 2 ** 100
print(n.to_bytes(13, "little").hex(), int.from_bytes(n.to_bytes(13, "big"), "big") == n)
print(sorted(b"hello"), max(b"hello"), set(b"aab") == {97, 98})
d = {b"k": 1}
print(d[b"k"], b"k" in d)
t = (b"a", 1)
print(t, [b"x", b"y"])
print(bytes(5)[2], bytearray(5)[-1])
def f(b: bytes) -> bytes:
    return b[::-1]
print(f(b"abc"))
