"""Default values and keyword-only parameters of nested functions only ever called by name."""


def table(tree, root):
    codes = {}

    def walk(node, code=""):
        kids = tree.get(node, [])
        if not kids:
            codes[node] = code
            return
        walk(kids[0], code + "0")
        walk(kids[1], code + "1")

    walk(root)
    return codes


print(table({"r": ["x", "y"], "x": ["a", "b"], "y": ["c", "z"], "z": ["d", "e"]}, "r"))


def segments(points, eps=1e-9):
    found = []

    def add(x, y, is_segment=False, *, tag="p", scale=1.0):
        found.append((x * scale, y * scale, is_segment, tag))

    def within(x, lo=-1, hi=(1, 2)):
        return lo <= x <= hi[1]

    for x, y in points:
        if within(x):
            add(x, y)
        elif within(x, hi=(0, 5)):
            add(x, y, True, tag="q")
        else:
            add(x, y, scale=2.0)
    add(0, 0, False, tag="end", scale=eps)
    return found


for item in segments([(0.5, 1), (3, 4), (9, 9), (-5, 1)]):
    print(item)


def counter(start):
    total = [start]

    def bump(by=1, times=None):
        n = 1 if times is None else times
        total[0] += by * n
        return total[0]

    print(bump(), bump(10), bump(2, 3), bump(times=4), bump(5, times=2))

    def inner():
        return bump(-100)

    return inner()


print(counter(7))


def missing():
    def f(a, b=2, *, c):
        return a + b + c

    return f(1, c=3) + f(1, 5, c=4)


print(missing())
