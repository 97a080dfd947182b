def s(v):
    print("s", repr(v))
    return v
xs = [1, 2]
print(*xs, sep=s("|"), end=s("\n"))
