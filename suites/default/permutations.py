# tags: recursion, generators
# difficulty: easy
# case: 3
# case: 0
# case: 1
# case: 5
# timing: 9
# Permutations generated recursively (a generator with yield from), checked
# against itertools; counts derangements and permutations by cycle count.
import itertools
import sys
from collections import Counter


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for tail in perms(rest):
            yield [head] + tail


def cycles(p):
    seen = [False] * len(p)
    count = 0
    for i in range(len(p)):
        if not seen[i]:
            count += 1
            j = i
            while not seen[j]:
                seen[j] = True
                j = p[j]
    return count


n = int(sys.argv[1])
items = list(range(n))
total = 0
derangements = 0
by_cycles = Counter()
for p in perms(items):
    total += 1
    if all(p[i] != i for i in range(n)):
        derangements += 1
    by_cycles[cycles(p)] += 1
print("n =", n, "permutations:", total, "derangements:", derangements)
print("by number of cycles:", sorted(by_cycles.items()))
same = list(map(tuple, perms(items))) == list(itertools.permutations(items)) if n <= 7 else "skipped"
print("same order as itertools:", same)
if n <= 3:
    for p in perms(items):
        print(*p)
