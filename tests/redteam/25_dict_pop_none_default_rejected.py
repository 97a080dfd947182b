d = {"a": 1}
v = d.pop("zz", None)
print(v, d)
