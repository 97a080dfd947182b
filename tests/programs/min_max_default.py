# min/max with default= (empty iterables), with and without key=.
xs = [3, 1, 4]
empty = [x for x in xs if x > 10]
print(max(xs, default=0), max(empty, default=-1), min(empty, default=99))
print(max((abs(v - 2.5) for v in xs), default=0.0), max((v * 0.5 for v in empty), default=0.0))
print(max(empty, default=None), min(xs, default=None))
words = ["pear", "fig", "banana"]
print(max(words, key=len, default=""), min([w for w in words if "z" in w], key=len, default="none"))
