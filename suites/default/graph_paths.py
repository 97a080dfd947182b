# tags: containers
# difficulty: medium
# case: 5
# case: 1
# case: 0
# case: 12
# timing: 330
# Shortest paths on a generated weighted grid graph (walls block some cells):
# BFS by hops, iterative DFS reachability and Dijkstra with heapq, plus the
# path itself for small grids.
import heapq
import sys
from collections import deque


def build(n):
    walls = set()
    x = 12345
    for r in range(n):
        for c in range(n):
            x = (x * 1103515245 + 12345) % 2**31
            if x % 100 < 22 and (r, c) not in ((0, 0), (n - 1, n - 1)):
                walls.add((r, c))
    graph = {}
    for r in range(n):
        for c in range(n):
            if (r, c) in walls:
                continue
            edges = []
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in walls:
                    weight = 1 + (nr * 7 + nc * 13 + r * c) % 9
                    edges.append(((nr, nc), weight))
            graph[(r, c)] = edges
    return graph


def bfs(graph, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt, _ in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def dfs_components(graph):
    seen = set()
    sizes = []
    for node in graph:
        if node in seen:
            continue
        stack = [node]
        seen.add(node)
        size = 0
        while stack:
            cur = stack.pop()
            size += 1
            for nxt, _ in graph[cur]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        sizes.append(size)
    return sorted(sizes, reverse=True)


def dijkstra(graph, start, goal):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == goal:
            break
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    if goal not in dist:
        return None, []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1]


n = int(sys.argv[1])
graph = build(n)
print(f"grid {n}x{n}: {len(graph)} open cells, {sum(map(len, graph.values()))} directed edges")
if n > 0:
    start, goal = (0, 0), (n - 1, n - 1)
    hops = bfs(graph, start)
    print("reachable from start:", len(hops), "hops to goal:", hops.get(goal))
    print("components:", dfs_components(graph)[:5])
    cost, path = dijkstra(graph, start, goal)
    print("cheapest cost:", cost, "path length:", len(path))
    if n <= 12:
        print("path:", " ".join(f"{r},{c}" for r, c in path))
    total = 0
    for source in list(graph)[:: max(1, len(graph) // 8)]:
        total += sum(bfs(graph, source).values())
    print("sum of BFS distances from sampled sources:", total)
