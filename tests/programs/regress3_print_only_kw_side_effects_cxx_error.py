def s(v):
    return v
print(sep=s("a"), end=s("\n"))
