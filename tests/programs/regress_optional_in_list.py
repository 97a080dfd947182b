def f(k):
    if k > 0:
        return k
    return None
b = f(0)
c = f(2)
print(b in [1, 2], c in [1, 2], c not in [5])
