# defaultdict(list) as an adjacency list passed between functions; Kahn's topological sort.
import heapq
from collections import defaultdict, deque


def build(edges):
    g = defaultdict(list)
    indeg = defaultdict(int)
    for a, b in edges:
        g[a].append(b)
        indeg[b] += 1
        indeg[a] += 0
    return g, indeg


def kahn(g, indeg):
    ready = [n for n in indeg if indeg[n] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(ready, m)
    return order


def reachable(g, start):
    seen = {start}
    q = deque([start])
    while q:
        n = q.popleft()
        for m in g[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return sorted(seen)


edges = [(5, 11), (7, 11), (7, 8), (3, 8), (3, 10), (11, 2), (11, 9), (11, 10), (8, 9)]
g, indeg = build(edges)
print(kahn(g, indeg))
print(reachable(g, 7), reachable(g, 2))
print(sorted(g.items()))
levels = defaultdict(lambda: defaultdict(int))
for a, b in edges:
    levels[a % 2][b] += 1
print({k: dict(v) for k, v in levels.items()})
