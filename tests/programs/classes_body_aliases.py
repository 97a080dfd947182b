# Class bodies beyond `name = value`: method aliases, several names at once
# (enum-like `range` unpacking), values computed from earlier class attributes,
# and reflected operators (`2 * v` calls `v.__rmul__(2)`).


class Dir:
    up, right, down, left = range(4)
    names = ("up", "right", "down", "left")
    count = left + 1


class Turn:
    left, right = False, True


class Color:
    white, black = ".", "#"
    both = white + black


class Money:
    rate = 100
    half = rate // 2

    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d.%02d)" % divmod(self.cents, Money.rate)

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(self.cents + other * Money.rate)

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __sub__(self, other):
        return Money(self.cents - other * self.rate)

    def __rsub__(self, other):
        return Money(other * self.rate - self.cents)

    def total(self):
        return self.cents

    value = total


d = Dir.up
for step in range(7):
    d = (d + 1) % Dir.count
    print(step, d, Dir.names[d], d == Dir.left, Turn.right if d % 2 else Turn.left)
print(Dir.up, Dir.right, Dir.down, Dir.left, Dir.count)
print(Color.white, Color.black, Color.both)
print(Money.rate, Money.half)

m = Money(250)
print(m, 1 + m, m + m, 3 * m, m * 3, 10 - m, m - 1)
print(m.value(), m.total())


def log(x):
    print("eval", x)
    return x


def log_money(m):
    print("eval", m)
    return m


print(log(2) * log_money(Money(7)))
print(0.5 + Money(3), 2.5 * Money(2))
