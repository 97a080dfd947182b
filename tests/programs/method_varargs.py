# *args on methods, constructors and static methods: the extra positional arguments are packed into one tuple (of one item type) once the callee is known; functions' *args are tuples of one item type too.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def add(self, *more):
        for m in more:
            self.items.append(m)
        return len(more)

    def total(self, scale=1, *, extra=0):
        return sum(self.items) * scale + extra

    @staticmethod
    def count(*xs):
        return len(xs)


b = Bag(3, 1, 2)
print(b.items, b.add(4, 5), b.add(), b.total(), b.total(2, extra=1))
print(Bag().items, Bag.count(1, 2, 3), Bag.count())


def f(*a):
    return sum(a)


print(f(1), f(1, 2), f(), f(*[4, 5]))

class Base:
    def __init__(self, *vals):
        self.vals = vals

    def __repr__(self):
        return f"{type(self).__name__}{self.vals}"


class Sub(Base):
    def show(self, sep, *names):
        return sep.join(names) + "!"


s = Sub(1, 2)
print(s, s.vals, len(s.vals), s.show("-", "a", "b"), s.show("+"))
t = Base()
print(t)


class Acc:
    def __init__(self, first, *rest):
        self.first = first
        self.rest = rest

    def __repr__(self):
        return f"Acc({self.first}, {self.rest})"


print(Acc(1), Acc(1, 2.5, 3))
