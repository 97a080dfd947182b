# A variable holding a list at one time and an iterator/generator/map at another.


def lev(s1, s2):
    if len(s1) > len(s2):
        s1, s2 = s2, s1
    distances = range(len(s1) + 1)
    for i2, c2 in enumerate(s2):
        nd = [i2 + 1]
        for i1, c1 in enumerate(s1):
            if c1 == c2:
                nd.append(distances[i1])
            else:
                nd.append(1 + min((distances[i1], distances[i1 + 1], nd[-1])))
        distances = nd
    return distances[-1]


print(lev("kitten", "sitting"), lev("flaw", "lawn"))


def maybe_doubled(flag, xs):
    ys = xs
    if flag:
        ys = map(lambda x: x * 2, xs)
    return ys


for f in (False, True):
    v = maybe_doubled(f, [1, 2, 3])
    print(sum(v), sum(v), bool(v))  # a list iterates twice, a map once
    print(list(v))


def gen(n):
    for i in range(n):
        yield i * i


def source(kind):
    if kind == 0:
        return [5, 6, 7]
    if kind == 1:
        return gen(3)
    return filter(lambda x: x > 1, [0, 1, 2, 3])


for kind in range(3):
    s = source(kind)
    print(kind, list(s), list(s))

print(bool(range(0)), bool(range(2)))
it = iter([4, 5, 6])
print(next(it))
w = [7, 8]
w2 = w
w = it
print(list(w), list(w2))

items = [[1, 2], gen(3), range(2, 4)]
for x in items:
    print(sorted(x, reverse=True))

letters = "hello"
if len(letters) > 3:
    letters = reversed(letters)
print("".join(letters))

seq = [3, 1, 2]
seq2 = seq if len(seq) > 5 else iter(seq)
print(next(seq2), list(seq2))
seq3 = seq if len(seq) < 5 else iter(seq)
print(seq3[1], len(seq3), list(seq3[1:]), 3 in seq3, list(reversed(seq3)))
try:
    print(next(seq3))
except TypeError as ex:
    print("TypeError:", ex)
seq4 = gen(4) if len(seq) < 5 else seq
try:
    print(seq4[0])
except TypeError as ex:
    print("TypeError:", ex)
