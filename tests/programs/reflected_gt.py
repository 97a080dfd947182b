# A class that defines only `__gt__`: `a < b` is the reflected `b.__gt__(a)`, also in heapq,
# sorted and min, as in CPython.
import heapq


class V:
    def __init__(self, d):
        self.d = d

    def __gt__(self, other):
        return self.d > other.d

    def __repr__(self):
        return f"V({self.d})"


h = [V(5), V(1), V(3)]
heapq.heapify(h)
print(heapq.heappop(h), sorted([V(2), V(0)]), min(V(4), V(9)), V(1) < V(2), V(3) > V(2))
