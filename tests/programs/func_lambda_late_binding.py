# Lambdas created in a comprehension see the loop variable's last value (late binding), as in Python.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda x: x + k for k in range(3)]
print([g(10) for g in gs])
words = ["bb", "a", "ccc"]
print([sorted(words, key=lambda w: w[0] * n) for n in range(2)])
hs = [lambda: (a, b) for a in range(2) for b in "xy" if a or b == "y"]
print([h() for h in hs])
