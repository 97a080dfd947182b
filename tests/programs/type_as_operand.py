# A class (type(x)) as an operand with a builtin value: CPython's TypeError at run time.
x = 5
for f in [lambda: "a" + type(x), lambda: [1] + type(x), lambda: 3 - type(x), lambda: type(x) + "s", lambda: "ab" * type(x), lambda: type(x) * 2]:
    try:
        print(f())
    except TypeError as e:
        print("TE", e)
print(type(x), str(type(x)) + "!", "%s" % type(x))
