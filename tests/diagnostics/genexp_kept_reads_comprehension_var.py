# A generator expression kept as a value inside a comprehension, reading the comprehension's variable.
gens = [(c * i for c in "ab") for i in range(1, 3)]
for g in gens:
    print(list(g))
