# Constructs the builtin engine rejects, each to be reported with its own location.
class Point:
    pass

counts = 2j
double = b"x"
print(counts, double)
