# collections forms the builtin engine refuses, each with its own diagnostic.
import collections
from collections import Counter, defaultdict, deque

d = defaultdict(list, {1: [2]})
c = Counter(a=1, b=2)
f = defaultdict(len)
g = Counter()
g["x"] = 0.5
q = deque([1, 2])
print(q[0:1])
