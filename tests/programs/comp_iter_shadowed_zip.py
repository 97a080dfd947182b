# The first iterable of a comprehension is read in the enclosing scope, even where a loop variable
# has the same name.
def pairs(a, b):
    return [a * y for a, y in zip(a, b)]


print(pairs([1, 2], [3, 4]))
