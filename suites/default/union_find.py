# tags: containers, classes
# difficulty: medium
# case: 4
# case: 1
# case: 0
# case: 30
# timing: 320
# Union-find (disjoint sets with path halving and union by size) used for
# Kruskal's minimum spanning tree on a generated graph and for a
# percolation experiment on an n x n grid.
import sys


class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.count = n

    def find(self, x):
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.count -= 1
        return True


def kruskal(n, edges):
    ds = DisjointSet(n)
    total, used = 0, []
    for w, u, v in sorted(edges):
        if ds.union(u, v):
            total += w
            used.append((u, v))
    return total, used, ds.count


def percolation(n, seed):
    top, bottom = n * n, n * n + 1
    ds = DisjointSet(n * n + 2)
    order = list(range(n * n))
    x = seed
    for i in range(len(order) - 1, 0, -1):
        x = (x * 69069 + 1) % 2**32
        j = x % (i + 1)
        order[i], order[j] = order[j], order[i]
    opened = [False] * (n * n)
    for k, cell in enumerate(order, 1):
        opened[cell] = True
        r, c = divmod(cell, n)
        if r == 0:
            ds.union(cell, top)
        if r == n - 1:
            ds.union(cell, bottom)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < n and opened[nr * n + nc]:
                ds.union(cell, nr * n + nc)
        if ds.find(top) == ds.find(bottom):
            return k
    return None


n = int(sys.argv[1])
vertices = n * n
edges = []
for v in range(vertices):
    r, c = divmod(v, n)
    if c + 1 < n:
        edges.append(((r * 31 + c * 17) % 23 + 1, v, v + 1))
    if r + 1 < n:
        edges.append(((r * 13 + c * 29) % 19 + 1, v, v + n))
total, used, components = kruskal(vertices, edges)
print(f"{vertices} vertices, {len(edges)} edges: MST weight {total}, {len(used)} edges, {components} component(s)")
print("first MST edges:", used[:6])
if n > 0:
    results = [percolation(n, seed) for seed in range(1, 6)]
    print("cells opened until percolation:", results)
    print("average threshold: %.4f" % (sum(results) / len(results) / vertices))
