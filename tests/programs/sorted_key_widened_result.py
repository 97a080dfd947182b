# sorted(key=...) whose result flows where a wider item type is expected (a list of strs
# elsewhere): the key function takes the items in their own type, the sorted list is converted.
# Also `sorted`, `min` and `max` of a generator expression with `key=`.
def sort_last(tuples):
    return sorted(tuples, key=lambda k: k[-1])

def test(got, expected):
    print(got == expected, repr(got))

test(sort_last([(1, 3), (3, 2), (2, 1)]), [(2, 1), (3, 2), (1, 3)])
test(sorted(['b', 'a']), ['a', 'b'])


def by_length(words, rev):
    return sorted((w for w in words if w), key=len, reverse=rev)


test(by_length(["ccc", "a", "", "bb"], True), ["ccc", "bb", "a"])
test(sorted([(2, 0), (1, 5)], key=lambda t: (t[1], t[0]), reverse=True), [(1, 5), (2, 0)])
words = ["ccc", "a", "", "bb", "dd"]
print(sorted((w for w in words if w), key=len, reverse=True))
print(max((w for w in words), key=len), min((w for w in words if w), key=lambda w: (len(w), w)))
