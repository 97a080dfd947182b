# Printing a dict's keys(), values() and items() views: CPython's dict_keys([...]) and kin, in
# print, str, repr and f-strings; empty views too.
d = {"a": 1, "b": [2, 3]}
print(d.keys(), d.values(), d.items())
print(f"{d.keys()} {d.items()!r}", str(d.values()), repr(d.keys()))
e = {}
print(e.keys(), e.items(), e.values())
counts = {}
for w in "the cat and the hat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts.items())
del counts["the"]
print(counts.keys(), len(counts.values()))
