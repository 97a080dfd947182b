# Constructs the builtin engine rejects, each to be reported with its own location.
with open("data.txt") as fh:
    pass

counts = 2j
double = lambda *a: a
print(counts, double)
