c = {"x": 100}
print(100 in c.values(), ("x", 100) in c.items())
