# Builtins, math functions and bound methods as function values: key=, map, stored, passed.
import math
words = ["pear", "Fig", "banana", "apple"]
print(list(map(len, words)))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(max(words, key=len))
print(list(map(str, [1, 2, 3])))
print(list(map(int, ["4", "5"])))
print(list(map(abs, [-1, 2, -3])))
f = len
print(f("abc"))
g = math.sqrt
print(g(16.0))
data = [5, 3, 9, 1]
print(sorted(range(4), key=data.__getitem__))
print(min(range(4), key=data.__getitem__))
d = {"a": 3, "b": 1}
print(sorted(d, key=d.get))
print(list(map(" ".join, [["a", "b"], ["c"]])))
print(sum(map(int, "12345")))
