# Lists nested without limit (recursive types: the items are `int | list[<items>]`): flattening
# recursively, depth, sums, printing, equality, isinstance and type() narrowing, building
# nested lists with append and +, indexing, len, and iteration over a nested value.
def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out += flatten(y)
        return out
    return [x]


def depth(x):
    if not isinstance(x, list):
        return 0
    best = 1
    for y in x:
        d = depth(y) + 1
        if d > best:
            best = d
    return best


def total(x):
    if type(x) is list:
        return sum(total(y) for y in x)
    return x


def nest(n):
    v = [n]
    for i in range(n - 1, 0, -1):
        v = [i, v]
    return v


def mirror(x):
    if isinstance(x, list):
        r = []
        for y in reversed(x):
            r.append(mirror(y))
        return r
    return x


data = [1, [2, [3, 4]], 5, [], [[[6]]], [7, [8, [9, [10]]]]]
print(data)
print(flatten(data), len(flatten(data)))
print(depth(data), total(data), len(data))
print(data[1], data[1][1] if isinstance(data[1], list) else None)
print(mirror(data))
print(mirror(mirror(data)) == data, mirror(data) == data, data != [1, 2])
deep = nest(40)
print(depth(deep), total(deep), flatten(deep)[-3:])
print(str(nest(5)), repr(nest(3)))
grown = [0]
grown.append([1, 2])
grown.append(grown[1])
grown = grown + [[3, [4]]]
print(grown, flatten(grown))
for item in data:
    if isinstance(item, list):
        print("list of", len(item), item)
    else:
        print("int", item * 10)
print([depth(y) for y in data], [y for y in data if not isinstance(y, list)])
print(data[3] == [], [[]] == [[]], [1, [2]] == [1, [2]], [1, [2]] == [1, [3]])
loop = [1, 2]
loop.append(loop)
print(loop, len(loop), loop[2][2][0], [loop, [loop]])
print(loop == loop, loop[2] == loop, loop in loop, [loop] == [loop], loop.count(loop), loop.index(loop))
