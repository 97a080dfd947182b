# Nested generator functions closing over locals (nonlocal writes seen by the outer function),
# returned from their frame, and recursive through their own cell with `yield from`.
def make_counter(limit, step):
    hits = 0

    def gen(start):
        nonlocal hits
        i = start
        while i < limit:
            hits += 1
            yield i
            i += step

    return gen, lambda: hits


def pairs_of(xs):
    def inner():
        for a in xs:
            for b in xs:
                if a < b:
                    yield a, b

    return inner()


def main():
    g, count = make_counter(10, 3)
    print(list(g(1)), count())
    it = g(2)
    print(next(it), next(it), count())
    print(list(pairs_of([1, 2, 3])))

    def tree(n):
        if n > 0:
            yield n
            yield from tree(n - 1)
            yield from tree(n - 2)

    print(list(tree(4)))


main()
