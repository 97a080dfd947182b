# Lists whose items may be strs, tuples of any length or pairs (a union holding both a
# variable-length tuple and a fixed pair): a tuple equals a tuple of the same items whichever
# representation each side has.
def sort_last(tuples):
    return sorted(tuples, key=lambda k: k[-1])


def check(got, expected):
    print("OK" if got == expected else "X", got, expected, got != expected)


check(sort_last([(1, 3), (3, 2), (2, 1)]), [(2, 1), (3, 2), (1, 3)])
check(sort_last([(1, 7), (1, 3), (3, 4, 5), (2, 2)]), [(2, 2), (1, 3), (3, 4, 5), (1, 7)])
check(sort_last([(1, 7), (3, 4, 5)]), [(3, 4, 5), (2, 7)])
check(sorted(["b", "a"]), ["a", "b"])
check(sorted(["b", "a"]), [(1, 2), "b"])
