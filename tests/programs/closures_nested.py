# Closures capturing parameters, recursion through a nested def, closures in methods, sorting keys.
def compose(f, g):
    def h(x):
        return g(f(x))
    return h


def make_ops():
    log = []

    def record(name, value):
        log.append(name + "=" + str(value))
        return value

    def double(x):
        return record("double", x * 2)

    def negate(x):
        return record("negate", -x)

    return [double, negate], log


class Bank:
    def __init__(self, rate):
        self.rate = rate
        self.history = []

    def grower(self):
        def grow(amount):
            self.history.append(amount)
            return amount * (1 + self.rate)
        return grow


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n

    return inc, get


def flatten(tree):
    out = []

    def walk(node, depth):
        if depth > 3:
            return
        out.append(node * depth)
        for child in [node + 1, node + 2]:
            if child < 6:
                walk(child, depth + 1)

    walk(1, 1)
    return out


inc_then_neg = compose(lambda x: x + 1, lambda x: -x)
print(inc_then_neg(4))
fs, log = make_ops()
print([f(7) for f in fs], log)
b = Bank(0.5)
g = b.grower()
print(g(10.0), g(4.0), b.history)
inc, get = counter_pair()
inc()
inc()
print(get(), inc(), get())
inc2, get2 = counter_pair()
print(get2(), get())
print(flatten(1))
scale = 3
by = sorted([5, -2, 9, -7], key=lambda v: abs(v) * scale)
print(by)
