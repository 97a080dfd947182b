# tags: containers
# difficulty: medium
# case: 10
# case: 0
# case: 1
# case: 200
# timing: 150000
# A tour of the collections toolbox on generated data: anagram groups with
# defaultdict, Counter arithmetic, a sliding-window maximum with deque,
# top-k and merging with heapq, rank queries with bisect, tuples as keys.
import bisect
import heapq
import sys
from collections import Counter, defaultdict, deque

n = int(sys.argv[1])
x = 2024
values = []
words = []
for i in range(n):
    x = (x * 1103515245 + 12345) % 2**31
    values.append(x % 1000 - 300)
    words.append("".join("aetrsln"[(x >> s) % 7] for s in range(3, 3 + 3 * (3 + x % 3), 3)))

groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
big = sorted((len(set(v)), k) for k, v in groups.items() if len(set(v)) > 1)
print("anagram classes:", len(groups), "largest:", big[-3:])

letters = Counter("".join(words))
first_half = Counter("".join(words[: n // 2]))
print("most common letters:", letters.most_common(3))
print("second half only:", sorted((letters - first_half).items())[:4])

k = 5
window = deque()
maxima = []
for i, v in enumerate(values):
    while window and values[window[-1]] <= v:
        window.pop()
    window.append(i)
    if window[0] <= i - k:
        window.popleft()
    if i >= k - 1:
        maxima.append(values[window[0]])
print("window maxima:", len(maxima), sum(maxima), maxima[:6])

print("top 5:", heapq.nlargest(5, values), "bottom 3:", heapq.nsmallest(3, values))
runs = [sorted(values[i::4]) for i in range(4)]
merged = list(heapq.merge(*runs))
print("merge equals sorted:", merged == sorted(values))

ranks = []
seen = []
for v in values:
    ranks.append(bisect.bisect_left(seen, v))
    bisect.insort(seen, v)
print("inversions-like sum of ranks:", sum(ranks))

pairs = Counter()
for a, b in zip(values, values[1:]):
    pairs[(a % 3, b % 3)] += 1
print("transition counts:", sorted(pairs.items()))
grid = {(i % 7, i // 7 % 5): v for i, v in enumerate(values)}
print("grid keys:", len(grid), "sum:", sum(grid.values()), "corner:", grid.get((0, 0)))
