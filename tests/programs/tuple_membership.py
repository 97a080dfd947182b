# `in` / `not in` of tuples and lists in lists (element-wise equality, as CPython compares).
pairs = [(1, 2), (3, 4)]
print((1, 2) in pairs, (5, 6) not in pairs, (3, 4) in pairs[1:])
t = (3, 4)
print(t in pairs, pairs.index(t), pairs.count((1, 2)))


def found():
    out = []
    for a in range(3):
        for b in range(a, 3):
            out.append((a, b))
    return out


assert (1, 2) in found()
print((2, 1) in found(), ("x", 1) in [("x", 1), ("y", 2)])
rows = [[1, 2], [3]]
print([3] in rows, [1] in rows, [[1, 2]] == rows[:1])
nested = [((1, 2), "a")]
print(((1, 2), "a") in nested, ((1, 2), "b") in nested)
