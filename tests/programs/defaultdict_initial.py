# defaultdict(factory, initial contents): a dict, another mapping, or (key, value) pairs.
from collections import defaultdict, Counter

counts = defaultdict(int, {"a": 2, "b": 5})
for ch in "abcab":
    counts[ch] += 1
print(sorted(counts.items()), counts["zz"], len(counts))

groups = defaultdict(list, [("x", [1]), ("y", [2, 3])])
groups["x"].append(10)
groups["w"].append(0)
print(dict(groups))
print(groups)

base = {1: "one", 2: "two"}
names = defaultdict(lambda: "?", base)
base[3] = "three"
print(names[1], names[3], names[2], sorted(names))

pairs = defaultdict(set, ((k, {k * k}) for k in range(3)))
pairs[1].add(-1)
print(sorted((k, sorted(v)) for k, v in pairs.items()))
tally = defaultdict(int, Counter("hello"))
tally["l"] += 10
print(sorted(tally.items()))
