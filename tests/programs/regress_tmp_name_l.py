def g():
    return 1
_l = 10
print(g() - _l)
