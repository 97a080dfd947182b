"""A constructor parameter named like its own class (pygmy's `class plane: def __init__(self, plane, ...)`)."""


class plane:
    def __init__(self, plane, dist):
        self.plane = plane
        self.dist = dist

    def shifted(self, d):
        return plane(self.plane, self.dist + d)

    def __repr__(self):
        return "plane(%r, %r)" % (self.plane, self.dist)


class vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def scaled(self, vec):
        return vec * self.x + self.y


p = plane((0.0, 1.0, 0.0), 2.5)
print(p.shifted(1.0), p.plane)
print(vec(2, 3).scaled(4))
