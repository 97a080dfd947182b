# Augmented assignments that change a list or dict item in place (aliases see the change).
d = {"a": [1], "b": [2]}
alias = d["a"]
d["a"] += [3]
print(d, alias)
dd = {"x": {"k": 1}}
inner = dd["x"]
dd["x"] |= {"j": 2}
print(dd, inner)
try:
    d["zz"] += [1]
except KeyError as e:
    print("KeyError", e)
