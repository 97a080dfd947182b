"""Starred expressions in displays: `[*a, *b]`, `(*a, x)`, `{*a, *b}`, `{**d1, **d2}`, and in `*args` calls."""
a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *b, *"xy"[:0]], [*range(3), *a])
s = "hey"
print([*s], [*s[1:], s[0]])
letters = list("abcdefghij")
print("".join([*letters[0], *letters[2:5], letters[1], *letters[5:]]))
t = (*a, 9)
print(t, len(t), t[-1])
u = (*b, *b)
print(u, u[3])
name, w, v = "map", *b
print(name, w, v)
rows = {"k": (1, 2, 3)}
key, x, y, z = "k", *rows["k"]
print(key, x + y + z)
vt = (*a, *range(2))
print(vt, len(vt))
print({*a, *b, 2}, {*"aab"} == {"a", "b"})
d1 = {"name": "skates", "price": 12.75, "color": "yellow"}
d2 = {"price": 15.25, "color": "red", "year": 1974.0}
print({**d1, **d2})
print({**d2, "extra": 0.5, **{"price": 1.0}})
print({"first": 0.0, **d1})
counts = {}
for word in "a b a c".split():
    counts = {**counts, word: counts.get(word, 0) + 1}
print(counts)
print([*{"x": 1, "y": 2}], [*[]], (*[],))


def total(*xs):
    return sum(xs), len(xs)


nums = [4, 5, 6]
print(total(*nums), total(1, *nums), total(*nums, *nums), total(*(1, 2)))


def lcp(*s):
    return "".join(c[0] for c in zip(*s) if len(set(c)) == 1)


for ws in [("abc", "abd"), ("q",), ("xy", "xy", "xz")]:
    print(ws, repr(lcp(*ws)))
