def m(k):
    if k:
        return (1, (None, 2.5))
    return (2, (3, 4))
print(m(1), m(0))
