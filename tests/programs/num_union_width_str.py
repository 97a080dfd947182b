# A width of `int | str` type: `str.rjust()` takes the int, and raises CPython's TypeError
# (naming the type held) once the value is a str.
cells = [4, "-", 2, 0, "x"]
for c in cells:
    print(repr(str(c).rjust(6, ".")))
    print(repr("ab".center(c)), repr("5".zfill(c)), repr("q".ljust(c, "+")))
