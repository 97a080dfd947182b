# collections.defaultdict with type factories and lambdas; mutating a default value inserts it.
from collections import defaultdict

groups = defaultdict(list)
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "kiwi"]
for w in words:
    groups[w[0]].append(w)
print(groups)
print(len(groups), "z" in groups, groups["z"], len(groups), "z" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["m"], counts.get("q"), counts.get("q", -1))
sets = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    sets[a].add(b)
    sets[b].add(a)
print(sorted((k, sorted(v)) for k, v in sets.items()))
totals = defaultdict(float)
for i in range(6):
    totals[i % 3] += i * 0.5
print(totals)
names = defaultdict(str)
names[1] += "a"
names[1] += "b"
names[2]
print(names)
nested = defaultdict(dict)
nested["x"]["y"] = 1
nested["x"]["z"] = 2
print(nested)
pairs = defaultdict(lambda: [0, 0.0])
for i, v in enumerate([1.5, 2.5, 3.0, 4.0]):
    p = pairs[i % 2]
    p[0] += 1
    p[1] += v
print(dict(pairs))
scores = defaultdict(lambda: 10)
scores["a"] += 5
print(scores["a"], scores["b"], sorted(scores.items()))
for k in groups:
    print(k, groups[k])
print(groups.pop("a"), list(groups.keys()), list(groups.values())[0])
plain = defaultdict()
plain[1] = 2
print(plain)
try:
    plain[5]
except KeyError as ex:
    print("KeyError", ex)
