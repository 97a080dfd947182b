# `yield from` any iterable, recursive generators, exhaustion, next() with a default, StopIteration
# caught, then an uncaught StopIteration from next() on an exhausted iterator (exit status 1).


def walk(tree, label, depth):
    yield depth, label
    for child in tree.get(label, []):
        yield from walk(tree, child, depth + 1)


def flat(xs):
    for x in xs:
        yield from x
    yield from range(3)
    yield from (v * 10 for v in [1, 2])


def count_down(n):
    if n > 0:
        yield n
        yield from count_down(n - 1)


def main() -> None:
    print(list(flat([[1, 2], [], [3]])))
    for depth, label in walk({"root": ["a", "b"], "b": ["c"]}, "root", 0):
        print("  " * depth + label)
    print(list(count_down(5)))
    g = count_down(3)
    print(next(g), list(g), list(g))
    print(next(g, -1))
    try:
        next(g)
    except StopIteration:
        print("StopIteration caught")
    it = iter([1])
    next(it)
    next(it)


main()
