# tags: containers, classes, generators
# difficulty: easy
# case: 4 50
# case: 1 10
# case: 0 10
# case: 3 0
# timing: 256 500000
# Cache simulation: an LRU cache built on OrderedDict, an LFU cache built on
# dicts, and FIFO built on deque, replayed over the same skewed access
# pattern; prints hit rates and the final cache contents for small runs.
import sys
from collections import OrderedDict, deque


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        if self.capacity > 0:
            self.data[key] = key * 2
            if len(self.data) > self.capacity:
                self.data.popitem(last=False)
        return None


class FIFOCache(LRUCache):
    def __init__(self, capacity):
        super().__init__(capacity)
        self.order = deque()
        self.data = {}

    def get(self, key):
        if key in self.data:
            self.hits += 1
            return self.data[key]
        self.misses += 1
        if self.capacity > 0:
            if len(self.data) >= self.capacity:
                del self.data[self.order.popleft()]
            self.data[key] = key * 2
            self.order.append(key)
        return None


class LFUCache(LRUCache):
    def __init__(self, capacity):
        super().__init__(capacity)
        self.data = {}
        self.freq = {}
        self.tick = 0
        self.last = {}

    def get(self, key):
        self.tick += 1
        if key in self.data:
            self.hits += 1
            self.freq[key] += 1
            self.last[key] = self.tick
            return self.data[key]
        self.misses += 1
        if self.capacity > 0:
            if len(self.data) >= self.capacity:
                victim = min(self.data, key=lambda k: (self.freq[k], self.last[k]))
                del self.data[victim], self.freq[victim], self.last[victim]
            self.data[key] = key * 2
            self.freq[key] = 1
            self.last[key] = self.tick
        return None


def accesses(n):
    x = 88172645463325252
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        r = x % 1000
        yield r % 16 if r < 600 else r % 97 if r < 850 else x % 5000


capacity, n = int(sys.argv[1]), int(sys.argv[2])
caches = [LRUCache(capacity), FIFOCache(capacity), LFUCache(capacity if capacity < 64 else 64)]
for key in accesses(n):
    for cache in caches:
        cache.get(key)
for cache in caches:
    total = cache.hits + cache.misses
    rate = cache.hits / total if total else 0.0
    print(f"{type(cache).__name__:<10} capacity {cache.capacity:4d}: {cache.hits} hits, {cache.misses} misses, hit rate {rate:.4f}")
    if capacity <= 8:
        print("   contents:", list(cache.data))
