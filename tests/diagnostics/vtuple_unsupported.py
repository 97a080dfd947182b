# Tuples the builtin engine still refuses: a slice of a fixed tuple with bounds that are not
# literals, `tuple` as a function of non-iterables, a generator expression kept in a variable.
n = int("1")
pair = (1, "a")
print(pair[n:])
print(list(map(tuple, [1, 2])))
g = (x * x for x in range(3))
print(sum(g))
