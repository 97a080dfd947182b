def common(*lists):
    return sorted(set.intersection(*(set(l) for l in lists)))


def union(*nums):
    return sorted(set().union(*nums))


cases = [([1, 2, 3], [2, 3, 4], [3, 2, 9]), ([5, 6], [6, 7])]
for case in cases:
    print(common(*case))
print(union([1, 3], [2, 3], [9]))
print(sorted(set().union(*["ab", "bc"])))
groups = [{1, 2, 3}, {2, 3}, {3, 4, 2}]
print(sorted(set.intersection(*groups)), sorted(set.union(*groups)), sorted(set.difference(*groups)))
s = {10, 11}
s.update(*[[1], [2, 3]])
print(sorted(s))
s.intersection_update(*[[1, 2, 10], [1, 2, 3, 10]])
print(sorted(s))
s.difference_update(*[[1]])
print(sorted(s))
f = frozenset([1, 2])
print(sorted(f.union(*[[3], [4]])), sorted(f.intersection(*[[1, 5]])))
print(sorted(set.union({7}, [8])), set.issubset({1}, [1, 2]), list.count([1, 1, 2], 1), dict.get({1: 2}, 1))

