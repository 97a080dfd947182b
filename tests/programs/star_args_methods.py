# A tuple held in a variable spread over a method's or a class's parameters (`c.plot(x, y, *colour)`,
# `Point(*pt)`): the port passes its items one by one.
class Canvas:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.pix = {}

    def plot(self, x, y, r, g, b):
        self.pix[(x, y)] = (r, g, b)

    def scale(self, k, dx=0, dy=0):
        return (self.w * k + dx, self.h * k + dy)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


c = Canvas(4, 3)
colour = (255, 128, 0)
for x in range(2):
    c.plot(x, 1, *colour)
print(sorted(c.pix.items()))
size = (2, 3)
args = (5,)
print(c.scale(*args), c.scale(2, *size))
pt = (3, 4)
p = Point(*pt)
print(p)
pairs = [(1, 2), (3, 4)]
print([Point(*q) for q in pairs])
