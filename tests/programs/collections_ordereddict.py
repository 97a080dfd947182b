# collections.OrderedDict: move_to_end, popitem(last=), repr, order-sensitive equality; an LRU cache.
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.data[key] = key * key
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        return -1


cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    cache.get(k)
print(cache.hits, list(cache.data), cache.data)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, OrderedDict())
od.move_to_end("b")
print(list(od.items()))
od.move_to_end("c", last=False)
print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([(1, "x"), (2, "y")])
y = OrderedDict([(2, "y"), (1, "x")])
print(x == y, x == {2: "y", 1: "x"}, dict(x) == dict(y))
import collections
z = collections.OrderedDict(x)
z[3] = "z"
print(z, len(x))
