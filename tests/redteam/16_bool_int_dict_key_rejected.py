d = {1: "one"}
d[True] = "true"
print(d, {0, False})
