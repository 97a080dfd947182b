# Augmented assignment to an item (or attribute) that may be None: its value, or CPython's TypeError.
bins = [None] + [0] * 5
for k in [1, 2, 2, 5, 3]:
    bins[k] += 1
print(bins)
fl = [None, 1.5]
fl[1] *= 2
print(fl)
try:
    bins[0] += 1
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self):
        self.v = None

    def fill(self):
        self.v = 1


b = Box()
try:
    b.v += 2
except TypeError as e:
    print("TypeError:", e)
b.fill()
b.v += 2
print(b.v)
