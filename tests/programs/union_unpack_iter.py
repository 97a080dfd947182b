# Unpacking, iterating and len() of values of several types (tagged unions) with no narrowing
# test: each member is handled as its own type (a tuple, a list, a str).
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return (i, x * 2)
    return -1


for t in [5, 9]:
    r = find([3, 5, 7], t)
    if r != -1:
        a, b = r
        print("found", a, b)
    else:
        print("missing", r)


def signs(n):
    for k in range(n):
        if k % 3 == 0:
            yield (k + 1, -k)
        else:
            yield 0


mods = []
for s in signs(8):
    if s:
        mods.append(s)
print(mods)
print(sum(p * q for p, q in mods))
for p, q in mods:
    print(p - q, end=" ")
print()


def pieces(s, split):
    if split:
        return s.split()
    return s


for v in [pieces("ab cd ef", True), pieces("xyz", False)]:
    out = []
    for ch in v:
        out.append(ch.upper())
    print(out, len(v), sorted(v), list(v), "-".join(v))


def spread(n):
    if n > 2:
        return [n, n + 1, n * n]
    return n


for n in [3, 4]:
    u = spread(n)
    print(len(u), sum(u), max(u), [x + 1 for x in u])


def pair(s):
    if len(s) == 2:
        return s
    return (len(s), 0)


for w in ["ab", "xyz"]:
    x, y = pair(w)
    print(repr(x), repr(y))


def label(n):
    if n % 2:
        return "odd" * n
    return n


for n in [1, 3]:
    print(len(label(n)))

deps = {"a": ["c", "b"], "b": ["c"]}


def needs(k):
    if k in deps:
        return deps[k]
    return ()


for k in ["a", "b", "c"]:
    print(k, sorted(needs(k)), [d for d in needs(k)], len(needs(k)))
