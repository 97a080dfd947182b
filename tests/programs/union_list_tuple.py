# A parameter given both lists and tuples (fixed or built with tuple()): indexing, slicing,
# len, iteration, unpacking and sorting dispatch on the value held, as CPython does.
def total(seq):
    s = 0
    for x in seq:
        s += x
    return s

print(total([1, 2, 3]))
print(total((4, 5, 6)))

def first(seq):
    return seq[0], len(seq), seq[-1]

print(first([7, 8]))
print(first((9, 10, 11)))

def pick(seq, i):
    return seq[i]

print(pick([1.5, 2.5], 1), pick((3, 4.5), 0), pick((3, 4.5), 1))
try:
    print(pick((1, 2), 5))
except IndexError as e:
    print("IndexError", e)
try:
    print(pick([1, 2], 5))
except IndexError as e:
    print("IndexError", e)

def mixed(seq, i):
    return seq[i]
print(mixed((1, "a"), 1), mixed([2, 3], 0), mixed((1, "a"), 0))


def vt(seq):
    return seq[1:], seq[0], len(seq), list(seq), sorted(seq)
print(vt([3, 2, 1]))
print(vt(tuple([6, 5, 4])))

def stats(values):
    n = len(values)
    total = 0
    for v in values:
        total += v
    a, b = values[0], values[-1]
    return n, total, a, b, max(values), values

xs = [1, 2, 3]
print(stats(xs))
print(stats(tuple(xs)))
print(stats((4, 5, 6)))

def digits_of(d):
    return [c for c in d], len(d), d[0]
print(digits_of("0123"))
print(digits_of(tuple("987")))
def unpack(v):
    p, q = v
    return p + q
print(unpack([1, 2]), unpack(tuple([3, 4])))
try:
    unpack(tuple([1, 2, 3]))
except ValueError as e:
    print("VE", e)

def pair(n):
    if n:
        return (n, n)
    return str(n) + "xy"

print(pair(1)[0], pair(0)[0], pair(0)[-1], pair(2)[1])
try:
    print(pair(3)[2])
except IndexError as e:
    print("IE", e)
try:
    print(pair(0)[7])
except IndexError as e:
    print("IE", e)
xs = [pair(i)[1] for i in range(3)]
print(xs)
