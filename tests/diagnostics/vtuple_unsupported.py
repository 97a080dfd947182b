# Tuples the builtin engine still refuses: a slice of a fixed tuple with bounds that are not
# literals, and `tuple` as a function of values that are not iterable.
n = int("1")
pair = (1, "a")
print(pair[n:])
print(list(map(tuple, [1, 2])))
