# Calls of a `*args` function must agree on how many extra arguments they pass (a fixed-size tuple).
def total(*xs):
    s = 0
    for x in xs:
        s += x
    return s


print(total(1, 2), total(1, 2, 3))
