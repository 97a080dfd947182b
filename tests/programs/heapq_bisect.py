import heapq
import bisect
from heapq import heappush, heappop

def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heappop(pq)
        if d > dist.get(u, 10**9):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, 10**9):
                dist[v] = nd
                heappush(pq, (nd, v))
    return dist

g = {0: [(1, 4), (2, 1)], 1: [(3, 1)], 2: [(1, 2), (3, 5)], 3: []}
print(dijkstra(g, 0))
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), h, heapq.nlargest(3, h), heapq.nsmallest(2, [7, 1, 5]))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4))
bisect.insort(xs, 4)
bisect.insort_left(xs, 0)
print(xs)
