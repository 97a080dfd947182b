# Classes the builtin engine still refuses: a class inside a function that reads
# the function's locals, class attributes of such a lifted class, calling an
# object whose class has no `__call__`, and class-body assignments it cannot copy.


def make(n):
    class Box:
        def get(self):
            return n

    return Box()


def build():
    class Counter:
        total = 0

        def bump(self):
            Counter.total += 1

    return Counter()


class Plain:
    def __init__(self):
        self.v = 1


class Body:
    a = b = 0
    x, y = 1, 2, 3
    p, q = q0, p0 = 1, 2

    def m(self):
        return 1

    n = m() + 1


print(make(2).get(), build().bump())
Plain()(3)
