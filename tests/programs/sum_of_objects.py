# sum() of objects: with an object start (__add__), and without one (__radd__(0), then __add__).
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __radd__(self, o):
        return V(self.x + o)
    def __repr__(self):
        return "V(%r)" % self.x
vs = [V(1), V(2), V(3)]
print(sum(vs, V(0)))
print(sum(vs))
print(sum([], V(0)), sum([]))
vv = [V(5)]
print(sum(vv), sum(vv, 10), sum(vv[:0]))
