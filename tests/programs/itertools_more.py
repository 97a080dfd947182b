# itertools with functions and state: groupby (groups invalidated when the outer iterator moves on),
# takewhile/dropwhile/filterfalse, starmap, cycle, compress, accumulate(func, initial=), zip_longest, pairwise, repeat.
import itertools
from itertools import groupby, takewhile, dropwhile, cycle, compress, accumulate, zip_longest, pairwise, starmap, repeat


def rle(s: str) -> str:
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def main() -> None:
    print(rle("aaabccddddde"))
    print(rle(""))
    for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda v: v % 2):
        print(k, list(g))
    groups = []
    for k, g in groupby("aabbbc"):
        groups.append((k, g))
    print([(k, list(g)) for k, g in groups])
    print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    print(list(itertools.filterfalse(lambda x: x % 2 == 0, range(10))))
    c = cycle("ABC")
    print([next(c) for _ in range(7)])
    print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
    print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
    print(list(accumulate([3, 1, 4, 1, 5], lambda a, b: a if a > b else b)))
    print(list(accumulate([1, 2, 3], initial=100)))
    print(list(accumulate([1.5, 2.0], lambda a, b: a + b, initial=0.5)))
    print(list(zip_longest("ABCD", "xy", fillvalue="-")))
    print(list(zip_longest([1, 2, 3], [10])))
    print(list(pairwise([1, 2, 3, 4])))
    print(list(pairwise("a")))
    print(list(starmap(lambda a, b: a ** b, [(2, 5), (3, 2), (10, 3)])))
    print(list(repeat("x", 3)), list(zip(range(3), repeat(7))))
    t = takewhile(lambda x: x < 3, range(10))
    print(list(t), list(t))


main()
