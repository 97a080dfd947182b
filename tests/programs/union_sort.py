# Sorting values of type int | str: each list holds one kind at run time, so
# sorted() orders them as themselves; mixing kinds raises CPython's TypeError.
# Range items stored into a list of int | str.
def pick(xs, ks):
    return sorted(xs[k] for k in ks)

rows = [[7, 6, 5, 4, 3], ["h", "g", "f", "e", "d"]]
for r in rows:
    print(pick(r, [4, 0, 2]), max(r), min(r))
mixed = [3, "a"]
try:
    print(sorted(mixed))
except TypeError as e:
    print("TypeError:", e)
items = list(range(3))
items.append("z")
print(items, items[:3] == sorted(items[:3]))
