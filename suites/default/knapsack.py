# tags: recursion, containers
# difficulty: medium
# case: 5 20
# case: 0 10
# case: 3 0
# case: 12 -5
# timing: 400 3000
# Dynamic programming: 0/1 knapsack (bottom-up table and top-down memoized
# recursion must agree), chosen items reconstructed, plus the longest common
# subsequence and edit distance of two generated strings.
import sys
from functools import lru_cache

sys.setrecursionlimit(20000)


def gen_items(n, seed=42):
    items = []
    x = seed
    for i in range(n):
        x = (x * 48271) % 2147483647
        weight = 1 + x % 37
        x = (x * 48271) % 2147483647
        value = 5 + x % 100
        items.append((f"item{i}", weight, value))
    return items


def knapsack_table(items, cap):
    cap = max(cap, 0)
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        prev, row = best[i - 1], best[i]
        for c in range(cap + 1):
            row[c] = prev[c]
            if w <= c and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[len(items)][cap], chosen[::-1]


def knapsack_memo(items, cap):
    @lru_cache(maxsize=None)
    def go(i, c):
        if i == len(items) or c <= 0:
            return 0
        _, w, v = items[i]
        skip = go(i + 1, c)
        return max(skip, v + go(i + 1, c - w)) if w <= c else skip
    return go(0, cap)


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0]
        for j, dh in enumerate(b):
            cur.append(prev[j] + 1 if ch == dh else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ch in enumerate(a, 1):
        cur = [i]
        for j, dh in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ch != dh)))
        prev = cur
    return prev[-1]


n, cap = int(sys.argv[1]), int(sys.argv[2])
items = gen_items(n)
value, chosen = knapsack_table(items, cap)
print(f"{n} items, capacity {cap}: best value {value}")
print("memoized recursion agrees:", knapsack_memo(tuple(items), cap) == value)
print("chosen:", len(chosen), chosen[:8])
s1 = "".join("ACGT"[w % 4] for _, w, _ in items)
s2 = "".join("ACGT"[v % 4] for _, _, v in items)
print("lcs:", lcs(s1, s2), "edit distance:", edit_distance(s1, s2))
