# heapq.merge over `*lists` and over separate lists: a lazy merge, equal items from the earlier list first.
import heapq
from heapq import merge

values = [9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 3, 7]
runs = [sorted(values[i::4]) for i in range(4)]
print(runs)
print(list(heapq.merge(*runs)))
print(list(merge([1, 4, 9], [2, 3, 10], [])))
for x in heapq.merge([1.5, 2.5], [0.5, 2.5]):
    print(x, end=" ")
print()
print(sorted(heapq.merge(["b", "d"], ["a", "c"]), reverse=True))
print(list(heapq.merge([3, 1], [2])))
print(list(heapq.merge(*[[], []])))
