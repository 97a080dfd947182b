# Calls of a `*args` function passing different numbers of extra arguments (a tuple whose length
# is known only at run time).
def total(*xs):
    s = 0
    for x in xs:
        s += x
    return s


print(total(1, 2), total(1, 2, 3))
