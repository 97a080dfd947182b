# Method defaults are evaluated in the class body, where earlier class attributes are plain names
# (pyperformance hexiom: `def next_cell(self, pos, strategy=HIGHEST_VALUE_STRATEGY)`).
SCALE = 100


class Done:
    MIN_CHOICE = 0
    MAX_CHOICE = 1
    HIGHEST = 2
    LIMITS = (3, 7)

    def __init__(self, count):
        self.count = count

    def pick(self, strategy=HIGHEST, limit=LIMITS[1] + 1, scale=SCALE):
        if strategy == Done.MIN_CHOICE:
            return 0
        elif strategy == Done.MAX_CHOICE:
            return min(self.count, limit)
        return self.count * scale

    def name(self, strategy=MAX_CHOICE, *, names=("min", "max", "highest")):
        return names[strategy]


d = Done(12)
print(d.pick(), d.pick(Done.MIN_CHOICE), d.pick(Done.MAX_CHOICE), d.pick(1, 5))
print(d.name(), d.name(2), d.pick(scale=3))
