# `Base.__init__(self)` where neither the base nor its own bases define `__init__` (CPython runs
# `object.__init__`, which does nothing), beside a chain where an upper base does define it.


class Observer:
    def update(self, subject):
        raise NotImplementedError


class Printer(Observer):
    def __init__(self, name):
        Observer.__init__(self)
        self.name = name

    def update(self, subject):
        print(self.name, "sees", subject.state)


class Subject:
    def __init__(self):
        self.observers = []
        self.state = 0

    def attach(self, o):
        self.observers.append(o)

    def set(self, v):
        self.state = v
        for o in self.observers:
            o.update(self)


class Middle(Subject):
    pass


class Counter(Middle):
    def __init__(self):
        Middle.__init__(self)  # runs Subject.__init__
        self.count = 0


class Plain:
    pass


class Leaf(Plain):
    def __init__(self, v):
        super().__init__()
        Plain.__init__(self)
        self.v = v


c = Counter()
c.attach(Printer("a"))
c.attach(Printer("b"))
c.set(3)
c.set(5)
print(len(c.observers), c.count, Leaf(7).v)
