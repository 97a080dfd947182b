# `x in list_of_dicts` (plain dicts, defaultdicts, Counters) compares by value.
from collections import defaultdict
a = defaultdict(int)
a[(1, 2)] += 1
b = defaultdict(int)
b[(1, 2)] = 1
print(a == b)
hist = [a]
print(b in hist)
c = {(1, 2): 1}
print(a == c, c in [c])
from collections import Counter
seen = [Counter("abca"), Counter("xy")]
print(Counter("aabc") in seen, Counter("yx") in seen, {1: 2} not in [{1: 3}, {2: 2}])
