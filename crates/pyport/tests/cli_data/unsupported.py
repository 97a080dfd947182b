# Constructs the builtin engine rejects, each to be reported with its own location.
class Point:
    pass

counts = {"a": 1}
double = lambda x: 2 * x
print(len(counts), double(3))
