# getattr(x, "name") with a literal name is x.name; the statement setattr(x, "name", v) is x.name = v.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance(self, a, b):
        return ((self.x - a) ** 2 + (self.y - b) ** 2) ** 0.5


p = P(3, 4)
print(getattr(p, "x"), getattr(p, "distance")(0, 0))
setattr(p, "y", 10)
print(p.y)
