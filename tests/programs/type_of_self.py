# `type(self)` and `self.__class__` in a class no other class derives from: the class itself, for
# its class attributes and to make new instances; `__name__` stays the runtime class's name.
class Counter:
    made = 0

    def __init__(self, name=""):
        if not name:
            name = "id#" + str(self.__class__.made)
        self.name = name
        self.__class__.made += 1

    def clone(self):
        return self.__class__(self.name + "'")

    def fresh(self):
        return type(self)()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, made={type(self).made})"


a = Counter()
b = Counter("bee")
c = b.clone()
d = a.fresh()
print(a, b, c, d)
print(Counter.made, d.made)
