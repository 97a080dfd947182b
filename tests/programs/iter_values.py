# Lazy iterables kept in variables: a range is re-iterable and sized; zip/map/enumerate/filter
# and iter() objects are one-shot iterators shared by every reference; next() with and without a default.
def main() -> None:
    n = 10
    r = range(2, n)
    print(len(r), r[0], r[-1], 5 in r, 11 in r)
    print(sum(r), list(r), list(r))
    for x in r:
        print(x, end=" ")
    print()
    z = zip([1, 2, 3], "abc")
    print(list(z))
    print(list(z))
    e = enumerate(["x", "y"])
    for i, s in e:
        print(i, s)
    it = iter([3, 1, 2])
    print(next(it))
    print(list(it))
    print(next(it, -1))
    stack = [(1, iter(sorted([5, 4])))]
    while stack:
        k, ch = stack[-1]
        c = next(ch, None)
        if c is None:
            stack.pop()
            print("pop", k)
        else:
            print("child", c)
    m = map(lambda v: v * 2, [1, 2, 3])
    print(next(m), list(m))
    try:
        next(m)
    except StopIteration:
        print("stop")
    f = filter(lambda v: v > 1, [1, 2, 3])
    print(3 in f, list(f))
    z2 = zip([1, 2], [3, 4])
    try:
        print(len(z2))
    except TypeError as e:
        print("TypeError:", e)
    m2 = map(lambda v: v + 1, [1, 2])
    try:
        print(m2[0])
    except TypeError as e:
        print("TypeError:", e)
    r2 = range(10, 0, -3)
    print(len(r2), list(r2), r2[1], 4 in r2, 5 in r2, sum(r2))
    try:
        print(r2[4])
    except IndexError as e:
        print("IndexError:", e)
    r3 = range(3, 30, 4)
    print(list(r3[1:5]), list(r3[::-2]), list(r3[5:1:-1]), len(r3[100:]), r3[2:][1])
    total = sum(k * v for k, v in enumerate(x * x for x in range(5)))
    print(total)


def lines(stream):
    n = 0
    for line in stream:
        n += len(line)
    return n


main()
print(lines(["ab", "c"]))
