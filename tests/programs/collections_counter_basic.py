# collections.Counter: counting, missing keys, most_common order, update/subtract, arithmetic, repr.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c)
print(c["the"], c["cat"], "cat" in c, len(c))
print(c.most_common(2))
print(c.most_common()[:4])
letters = Counter(text.replace(" ", ""))
print(letters.most_common(5))
print(sorted(letters.elements())[:10])
print(letters.total(), sum(letters.values()))
d = Counter()
for w in text.split():
    d[len(w)] += 1
print(d, d[99])
d.update([3, 3, 4])
print(d)
d.subtract([3, 5, 5, 5])
print(d)
e = Counter("abracadabra")
f = Counter("alakazam")
print(e + f)
print(e - f)
print(e | f)
print(e & f)
print(Counter(), Counter() == Counter(), e == Counter("aaaaabbrrcd"))
for k, v in sorted(e.items()):
    print(k, v, end="; ")
print()
print(list(e.keys()), list(e.values()))
e["z"] = 7
del e["a"]
print(e, e.get("q"), e.get("b", 0))
print(max(e, key=lambda k: e[k]), min(e.values()))
