def g():
    return 1
_sv = [5, 6, 7]
xs = [1, 2, 3]
print(xs[g():_sv[0]])
