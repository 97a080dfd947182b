# A class attribute is the default of an instance field of the same name: `self.x` reads the class
# attribute until the instance assigns its own.


class Counter:
    count = 0
    step = 1
    label = "counter"
    history = []  # shared by every instance until one assigns its own list

    def inc(self):
        self.count += self.step
        self.history.append(self.count)
        return self

    def rename(self, name):
        self.label = name


a, b = Counter(), Counter()
a.inc().inc()
print(a.count, b.count, Counter.count, a.label, b.label)
b.rename("b")
print(a.label, b.label, Counter.label)
print(a.history, b.history, Counter.history)


class Fast(Counter):
    step = 10  # instances of Fast start from their own class's attributes

    def __init__(self, start):
        self.count = start


f = Fast(5)
f.inc()
print(f.count, f.step, f.label, len(f.history))


class Node:
    parent = None

    def __init__(self, name):
        self.name = name

    def attach(self, parent):
        self.parent = parent

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()


root, leaf = Node("root"), Node("leaf")
leaf.attach(root)
print(root.depth(), leaf.depth(), leaf.parent.name)


class Limits:
    nmax = 2.5

    def grow(self, k):
        if k > 3:
            self.nmax = k * 2  # an int into a float-valued attribute: int | float
        return self.nmax


lim = Limits()
print(lim.grow(1), lim.grow(4), Limits.nmax)
