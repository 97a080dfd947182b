words = ["banana", "Apple", "cherry", "date", "fig", "elderberry"]
print(sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(min(words, key=len), max(words, key=lambda w: w[-1]))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
pairs.sort(key=lambda p: p[0])
print(pairs)
nums = list(map(int, "4 8 15 16 23 42".split()))
print(nums, sum(map(lambda x: x * x, nums)), list(filter(lambda x: x % 2 == 0, nums)))
def score(w):
    return sum(ord(c) for c in w)
print(sorted(words, key=score), [str(x) for x in map(abs, [-1, 2, -3])])
counts = {"a": 3, "b": 1, "c": 2}
print(max(counts, key=lambda k: counts[k]), sorted(counts.items(), key=lambda kv: -kv[1]))
print(list(map(str, range(5))), ",".join(map(str, nums)))
