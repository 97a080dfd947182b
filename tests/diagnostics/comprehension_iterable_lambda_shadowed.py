# The first iterable of a comprehension is read in the enclosing scope; a lambda in it that reads a
# name the comprehension binds is not supported.
def scaled(xs):
    return [x for x in map(lambda v: v * len(x), x)] if (x := xs) else []


print(scaled([1, 2]))
