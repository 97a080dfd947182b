# Unpacking a str into variables: one character (code point) each, in assignments and for
# targets; another length raises CPython's ValueError.
language = "Python"
a, b, c, d, e, f = language
print(a, b, c, d, e, f)
x, y = "é€"
print(x, y, len(x + y))
for first, second in ["ab", "cd", "ef"]:
    print(second + first, end=" ")
print()
pairs = {k: v for k, v in ("xy", "zw")}
print(pairs)
for bad in ("abc", "a"):
    try:
        p, q = bad
        print(p, q)
    except ValueError as err:
        print("ValueError:", err)
