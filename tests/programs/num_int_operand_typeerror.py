# Values typed int-or-float (`2 ** i` with a non-constant i) used where Python needs an int:
# a run-time check raises CPython's TypeError when the value is a float.


def triangle(n):
    rows = ["*"]
    for i in range(n):
        pad = " " * (2 ** i)
        rows = [pad + r + pad for r in rows] + [r + " " + r for r in rows]
    return rows


print("\n".join(triangle(3)))
k = 2
items = [10, 20, 30, 40, 50]
p = 2 ** k
print(items[p], items[p - 1], "ab" * (p - 2), [0] * (p - 1), (p - 3) * [1, 2], list(range(p)))
items[p] = 99
items[p - 4] += 1
print(items, "xyz"[p - 3], items[p - 3:p])
q = 2 ** -k  # a float: 0.25
for label, action in [
    ("str * float", lambda: "ab" * q),
    ("float * str", lambda: q * "ab"),
    ("list * float", lambda: repr([1] * q)),
    ("list index", lambda: repr(items[q])),
    ("str index", lambda: "abc"[q]),
    ("range", lambda: repr(list(range(q)))),
    ("slice", lambda: repr(items[q:])),
]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    items[q] = 1
except TypeError as e:
    print("store:", e)
print("-" * (2 ** -k))
