# A list that may hold lists of its own kind, nested without limit, has no finite C++ type.
def split(xs):
    if len(xs) < 2:
        return xs
    return [xs[:1]] + split(xs[1:])


print(split([1, 2, 3]))
