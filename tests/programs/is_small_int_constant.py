INVALID = 0
LIMIT = 256
NEG = -5


class Entry:
    def __init__(self, count):
        self.count = count


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


entries = [Entry(3), Entry(0), Entry(7)]
for e in entries:
    if e.count is INVALID:
        print("invalid")
    elif e.count is not INVALID:
        print("count", e.count)

n = 0
while entries[n].count is not INVALID:
    n += 1
print("first invalid at", n)

x = 255 + 1
print(x is LIMIT, x is not LIMIT, (x - 261) is NEG)
r = find([5, 6, 7], 5)
print(r is INVALID, find([5], 9) is INVALID)
