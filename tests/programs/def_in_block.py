"""A `def` inside `if`/`for`/`while`, defined once and used only after it in the same block."""


def walk(xs, plain):
    if xs:
        head, rest = xs[0], xs[1:]

        def step(n):
            return [n * 2 if plain else n] + walk(rest, plain)

        return step(head)
    else:
        return []


print(walk([1, 2, 3], True), walk([1, 2], False))


def shapes(n):
    out = []
    for i in range(n):
        def label(k):
            return f"#{k}:{i}"
        out.append(label(i * 10))
    return out


print(shapes(3))


def pick(kind):
    if kind == 0:
        return "zero"
    elif kind == 1:
        def line(z):
            return "-" + z
        return line("one")
    else:
        return "many"


print(pick(0), pick(1), pick(2))
total = 0
for k in range(3):
    def bump(x):
        return x + k
    total = bump(total)
print(total)
FAST = len("ab") == 2
if FAST:
    def scale(x):
        return x * 100
else:
    def scale(x):
        return x + 1
print(scale(3))


def chooser(n):
    if n % 2:
        def f(x):
            return x * n
    else:
        def f(x):
            return x - n
    return f


print(chooser(3)(5), chooser(4)(5), [chooser(k)(1) for k in range(4)])
for mode in range(2):
    if mode:
        def show(s):
            return s.upper()
    else:
        def show(s):
            return s.lower()
    print(show("MiXeD"))
