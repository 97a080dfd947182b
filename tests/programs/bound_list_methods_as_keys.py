# Bound methods of lists and dicts as key functions: the mode idiom `max(set(xs), key=xs.count)`,
# `sorted(items, key=order.index)`, `max(d, key=d.get)`.
lst = [3, 1, 3, 2, 3, 1]
d = {"a": 5, "b": 9, "c": 1}
words = ["Banana", "apple", "cherry"]
print(max(d, key=d.get), min(d, key=d.get), sorted(d, key=d.get))
print(max(set(lst), key=lst.count), sorted(set(lst), key=lst.count, reverse=True))
order = ["low", "mid", "high"]
print(sorted(["high", "low", "mid", "low"], key=order.index))
find = order.index
print(find("mid"), list(map(lst.count, [1, 2, 3, 4])))
try:
    find("none")
except ValueError as e:
    print("ValueError:", e)
print(sorted(words, key=str.lower), sorted(words, key=len))
