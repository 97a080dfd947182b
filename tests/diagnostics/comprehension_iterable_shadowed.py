# The first iterable of a comprehension is read in the enclosing scope; a loop variable of the
# same name would shadow it in the C++.
def pairs(a, b):
    return [a * y for a, y in zip(a, b)]


print(pairs([1, 2], [3, 4]))
