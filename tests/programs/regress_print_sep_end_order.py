def s(v):
    print("s", repr(v))
    return v
print(1, sep=s("|"), end=s("\n"))
