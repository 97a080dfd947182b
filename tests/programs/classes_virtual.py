# Virtual dispatch through a base type, methods only subclasses define, super() and Base.method(self).
A, B, C = range(3)


class Task:
    created = 0

    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
        self.next = None
        Task.created += 1

    def run(self, n):
        return self.step(n) + self.prio

    def label(self):
        return "task " + self.name

    @classmethod
    def made(cls):
        return cls.created


class Doubler(Task):
    def step(self, n):
        return n * 2

    def label(self):
        return "doubler/" + super().label()


class Squarer(Task):
    def __init__(self, name):
        Task.__init__(self, name, 10)
        self.calls = 0

    def step(self, n):
        self.calls += 1
        return n * n

    def label(self):
        return "squarer/" + Task.label(self)


head = None
for i, t in enumerate([Doubler("d", A), Squarer("s"), Doubler("e", C)]):
    t.next = head
    head = t
cur = head
total = 0
while cur is not None:
    total += cur.run(total + 1)
    print(cur.label(), total)
    cur = cur.next
print(Task.made(), Squarer.made(), B)
plain = Task("plain", 0)
print(plain.label())
print(plain.run(1))
