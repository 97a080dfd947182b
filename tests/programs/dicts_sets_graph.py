def bfs(graph, start):
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist

def build(n):
    g = {}
    for i in range(n):
        g[i] = []
    for i in range(n):
        for step in (1, 3, 7):
            j = (i * step + 1) % n
            if j != i:
                g[i].append(j)
    return g

g = build(30)
d = bfs(g, 0)
print(d)
print(sorted(set(d.values())))
groups = {}
for node, dd in d.items():
    groups.setdefault(dd, []).append(node)
print(groups)
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(pairs, len(pairs))
seen = set()
dups = []
for x in [5, 3, 5, 1, 3, 9, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups)
fs = {0.5, 1.5, -2.0, 3.25}
print(fs, {True, False}, {-1, -2, -3, 10**6})
m = {"a": 1.5, "b": 2}
m["c"] = m["a"] * 2
print(m, m == {"a": 1.5, "b": 2, "c": 3.0})
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv)
counts = {}
for ch in [1, 2, 2, 3, 3, 3]:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, list(counts), sum(counts))
big = set(range(0, 100, 7)) - set(range(0, 100, 3))
print(big)
print(big.pop(), len(big))
print({}, set(), dict(zip([1, 2], ["p", "q"])))
