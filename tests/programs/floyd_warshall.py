# All-pairs shortest paths (Floyd-Warshall) and Dijkstra on an adjacency matrix.
INF = float('inf')

def floyd(w):
    n = len(w)
    d = [row.copy() for row in w]
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if d[i][k] + d[k][j] < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j]
    return d

def dijkstra(w, src):
    n = len(w)
    dist = [INF] * n
    done = [False] * n
    dist[src] = 0.0
    for _ in range(n):
        u = -1
        best = INF
        for i in range(n):
            if not done[i] and dist[i] < best:
                best = dist[i]
                u = i
        if u == -1:
            break
        done[u] = True
        for v in range(n):
            if w[u][v] < INF and dist[u] + w[u][v] < dist[v]:
                dist[v] = dist[u] + w[u][v]
    return dist

n = 7
w = [[INF] * n for _ in range(n)]
for i in range(n):
    w[i][i] = 0.0
src = [0, 0, 2, 1, 2, 3, 4, 5, 1]
dst = [1, 2, 1, 3, 3, 4, 5, 3, 4]
cost = [4.0, 1.0, 2.0, 5.0, 8.0, 3.0, 1.5, 0.5, 10.0]
for k in range(len(cost)):
    w[src[k]][dst[k]] = cost[k]
d = floyd(w)
for row in d:
    print(row)
print(dijkstra(w, 0))
print(dijkstra(w, 3))
print(dijkstra(w, 6))
m = 40
g = [[INF] * m for _ in range(m)]
v = 17
for i in range(m):
    g[i][i] = 0.0
    for k in range(3):
        v = (v * 1103515245 + 12345) % 2147483648
        j = v % m
        if j != i:
            g[i][j] = (v % 97 + 1) / 4
dd = floyd(g)
reach = 0
total = 0.0
for i in range(m):
    for j in range(m):
        if dd[i][j] < INF:
            reach += 1
            total += dd[i][j]
print(reach, total)
print(dd[0][:8])
print(dijkstra(g, 0)[:8])
