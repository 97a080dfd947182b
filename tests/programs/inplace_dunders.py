# `x += y` on an object whose class defines `__iadd__` (also `__imul__`, `__itruediv__`) calls it
# and binds the result; aliases see the change; a field target (`body.pos += v`).
class Vec3:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.d = [x, y, z]

    def __iadd__(self, u):
        for i in range(3):
            self.d[i] += u.d[i]
        return self

    def __imul__(self, s):
        self.d = [v * s for v in self.d]
        return self

    def __itruediv__(self, s):
        self.d = [v / s for v in self.d]
        return self

    def __add__(self, u):
        return Vec3(self.d[0] + u.d[0], self.d[1] + u.d[1], self.d[2] + u.d[2])

    def __repr__(self):
        return "Vec3(%s)" % ", ".join("%.3f" % v for v in self.d)

class Body:
    def __init__(self):
        self.pos = Vec3()
        self.vel = Vec3(1.0, 2.0, 0.5)

a = Vec3(1, 2, 3)
alias = a
a += Vec3(1, 1, 1)
print(a, alias, a is alias)
a *= 2.5
a /= 2
print(a, alias)
b = a + Vec3(0.5, 0.5, 0.5)
print(b, b is a)
body = Body()
for _ in range(3):
    body.pos += body.vel
    body.vel *= 0.5
print(body.pos, body.vel)

