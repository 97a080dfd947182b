# A list slice assigned from a slice of a list (the same one or another): rotations, reversals,
# resizing, extended slices both sides, objects and strs, the errors CPython raises.
class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"


class Ring:
    def __init__(self, n):
        self.items = list(range(n))

    def rotate(self, k):
        first = self.items[:k]
        self.items[: len(self.items) - k] = self.items[k:]
        self.items[len(self.items) - k :] = first


a = list(range(8))
a[:4] = a[3::-1]  # reverse a prefix
print(a)
a[1:7] = a[2:8]  # shift left by one, same length
print(a)
a[2:3] = a[4:8]  # grows the list
print(a)
a[0:5] = a[7:8]  # shrinks it
print(a)
a[1::2] = a[-2::-2]
print(a)
a[::-1] = a[:]
print(a)
b = [10, 20, 30, 40, 50]
a[1:3] = b[::-2]
print(a, b)
b[10:] = a[-2:]  # past the end appends
print(b)
b[-100:2] = b[3:-100:-1]
print(b)
k = 3
perm = [3, 1, 0, 2, 4]
flips = 0
while perm[0]:
    k = perm[0]
    perm[: k + 1] = perm[k::-1]
    flips += 1
print(perm, flips)
boxes = [Box(i) for i in range(5)]
boxes[1:4] = boxes[3:0:-1]
print(boxes)
words = "the quick brown fox jumps".split()
words[:2] = words[3:]
print(words)
r = Ring(7)
r.rotate(3)
print(r.items)
big = [2**70 + i for i in range(4)]
big[1:] = big[:3]
print(big)
try:
    a[::2] = b[:1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[:2] = b[::0]
except ValueError as e:
    print("ValueError:", e)
print(a)
