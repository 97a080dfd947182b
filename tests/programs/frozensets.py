# frozenset: built from iterables, hashable (dict keys, set members), compared with sets, set
# algebra keeping the left operand's type, printed as CPython prints it.
a = frozenset([3, 1, 2, 3])
b = frozenset(range(2, 6))
e = frozenset()
print(a, b, e, len(a), 2 in a, 7 not in b)
print(a | b, a & b, a - b, a ^ b)
print(a.union([9]), a.intersection(b), a.difference({1}), a.symmetric_difference(b))
print(a.issubset(b), frozenset([2, 3]).issubset(a), a.isdisjoint(frozenset([8])))
print(a == {1, 2, 3}, {1, 2, 3} == a, a == b, sorted(a), list(b), tuple(a))
print(set(a) | {10}, {10} | a, a | {10})
seen = {a: "first", b: "second"}
print(seen[frozenset([1, 2, 3])], len(seen))
groups = set()
for word in ["abc", "cab", "bca", "xyz", "zyx"]:
    groups.add(frozenset(word))
print(len(groups), sorted(sorted(g) for g in groups))
cracks = [frozenset(c) for c in [[3, 5], [5, 3], [1]]]
print(len(set(cracks)), hash(a) == hash(frozenset([1, 2, 3])), bool(e), bool(a))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), (3, 4)])))
print({frozenset([1, 2]), frozenset([3]), frozenset()})
total = 0
for x in a:
    total += x
print(total, sum(b), max(a), min(b))
