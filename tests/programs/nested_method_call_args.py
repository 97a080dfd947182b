# A method call with computed arguments inside another ordered call (argument temporaries must not collide).
class Seg:
    def __init__(self, a):
        self.a = a
        self.st = [0] * (4 * len(a))
        self.build(1, 0, len(a) - 1)

    def left(self, i):
        return 2 * i

    def right(self, i):
        return 2 * i + 1

    def build(self, idx, lo, hi):
        if lo == hi:
            self.st[idx] = self.a[lo]
            return
        mid = (lo + hi) // 2
        self.build(self.left(idx), lo, mid)
        self.build(self.right(idx), mid + 1, hi)
        self.st[idx] = max(self.st[self.left(idx)], self.st[self.right(idx)])


s = Seg([1, 5, 3, 9, 2])
print(s.st[1], s.st[:8])
