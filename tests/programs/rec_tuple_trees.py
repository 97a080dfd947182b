# Trees as tuples holding a list of their own kind, `(label, [children...])` (recursive types):
# built recursively, walked by recursion, by a generator with `yield from` and by an explicit
# stack, printed, compared, counted, and rebuilt with mapped labels.
def build(n, label="root"):
    if n <= 0:
        return (label, [])
    return (label, [build(n // 2, f"{label}.{i}") for i in range(min(n, 3))])


def size(tree):
    label, children = tree
    return 1 + sum(size(c) for c in children)


def height(tree):
    best = 0
    for child in tree[1]:
        best = max(best, height(child))
    return best + 1


def walk(tree, depth=0):
    label, children = tree
    yield depth, label
    for child in children:
        yield from walk(child, depth + 1)


def relabel(tree):
    label, children = tree
    return (label.upper(), [relabel(c) for c in children])


def leaves(tree):
    out = []
    stack = [tree]
    while stack:
        label, children = stack.pop()
        if not children:
            out.append(label)
        stack.extend(reversed(children))
    return out


small = build(3)
print(small)
print(size(small), height(small), leaves(small))
for depth, label in walk(small):
    print("  " * depth + label)
big = build(40)
nodes = list(walk(big))
print(size(big), height(big), len(nodes), max(nodes)[0], nodes[-1][1])
print(relabel(build(2)))
print(build(2) == build(2), build(2) == build(3), relabel(small) == small, small[1][0])
leaf = ("x", [])
pair = ("p", [leaf, leaf])
print(pair, pair[1][1] == leaf, len(pair[1]))
