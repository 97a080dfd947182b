# min/max of values that may be None (they hold numbers here).
def best(xs, limit):
    b = None
    for x in xs:
        if x < limit and (b is None or x > b):
            b = x
    return b
a = best([3, 9, 4], 8)
c = best([1, 2], 5)
print(min(a, c), max(a, c), min(a, c, 7))
