# A comprehension's first iterable is evaluated in the enclosing scope, even when the
# comprehension's loop variable has the same name.
a = [3, 1, 4, 1, 5]
print([a * 2 for a in a if a > 1])
print(a)

words = "the quick brown fox".split()
print({w: len(w) for w in words}, sorted(w.upper() for w in words))
w = "outer"
print([w for w in w], w)


def sums(rows):
    return [sum(rows) for rows in rows]


print(sums([[1, 2], [3, 4, 5], []]))
n = 4
print([n * n for n in range(n)], n)
grid = [[1, 2], [3, 4]]
print([x for grid in grid for x in grid])
