# iter() of a parameter whose type is only known from its callers, rebound to
# the iterator and advanced with next() inside the loop (a straddling-
# checkerboard decoder); the element type once stayed unknown (C++ error).
KEYS = ["7", "3"]

def pairs(s):
    s = iter(s)
    for c in s:
        if c in KEYS:
            yield c + next(s)
        else:
            yield c

def total(xs):
    it = iter(xs)
    first = next(it)
    return first + sum(it)

print(list(pairs("12734756")))
print("".join(pairs("a7b3c")))
print(total([5, 1, 2]), total([1.5, 2.5]))
try:
    print(list(pairs("127")))
except RuntimeError as e:
    print("RuntimeError:", e)
