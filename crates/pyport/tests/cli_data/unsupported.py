# Constructs the builtin engine rejects, each to be reported with its own location.
with memoryview(b"data") as fh:
    pass

counts = ...
double = lambda *a: a
print(counts, double)
