class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit

    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

    def __str__(self):
        return f"{self.rank}{self.suit}"


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(2, "s")]
print(sorted(cards))
print(min(cards), max(cards))
print(cards[1] == cards[3], cards[0] == cards[1], cards[1] is cards[3])
seen = set()
for c in cards:
    seen.add(c)
print(len(seen))
counts = {}
for c in cards:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(str(cards[0]), repr(cards[0]), f"{cards[2]}")
cards.sort(reverse=True)
print(cards)
v = Vec(1.5, 2.0) + Vec(0.5, 1.0) * 2.0 - -Vec(1.0, 1.0)
print(v)
