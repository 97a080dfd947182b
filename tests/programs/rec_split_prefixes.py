# A function whose result is a list holding lists of the argument's items next to the items
# themselves (recursive type `int | list[...]` once the two meet): split, re-split and printed.
def split(xs):
    if len(xs) < 2:
        return xs
    return [xs[:1]] + split(xs[1:])


print(split([1, 2, 3]))
print(split([]), split([7]), split(list(range(6))))
once = split([4, 5, 6, 7])
print(split(once), len(once), once[0], once[-1])
