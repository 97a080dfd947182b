# CPython's TypeError messages for operators on union members that do not support them, caught.
xs = [2.5, "ab", [1]]
for x in xs:
    try:
        print(x * 2.0)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(x - 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(x ** 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(x + x, 1 + x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(x + "s")
    except TypeError as e:
        print("TypeError:", e)
