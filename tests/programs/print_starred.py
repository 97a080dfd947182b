# `print(*xs)` spreads a list (or any iterable) into separate arguments.
grid = [[1, 2, 3], [4, 5, 6]]
for row in grid:
    print(*row)
print(*[0.5, 1.0, -2.25], sep=", ")
print("values:", *range(4), "end", sep="|", end=".\n")
print(*[])
print(*(x * x for x in range(5)))
print(*[True, False], *[None])
