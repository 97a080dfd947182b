pairs = [("a", 1)]
d = dict(pairs, b=2)
print(d)
