words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end", "fox"]
counts = {}
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
print(len(counts), counts["the"], counts.get("cat"), counts.get("fox", 0))
for k, v in counts.items():
    print(k, v)
best = sorted(counts.items())
print(best)
sq = {i: i * i for i in range(10) if i % 3}
print(sq, sum(sq.values()), list(sq.keys()))
s = {3, 1, 4, 1, 5, 9, 2, 6}
s.add(100)
s.discard(4)
print(s, len(s), 9 in s, 7 in s)
t = {x % 7 for x in range(50)}
print(t, s | t, s & t, s - t, s ^ t)
d2 = dict()
d2[(1, 2)] = "a"
d2[(0, 5)] = "b"
print(d2, (1, 2) in d2)
print(counts.pop("end"), counts.setdefault("zzz", 7), counts)
del counts["the"]
print(counts)
e = {}
e.update(counts)
print(e == counts, sorted(s))
grid = {}
for i in range(3):
    for j in range(3):
        grid[(i, j)] = i * 3 + j
print(grid[(2, 1)], max(grid.values()))
try:
    print(counts["nope"])
except KeyError as err:
    print("missing", err)
