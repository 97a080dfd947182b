# deque IndexError messages, and a BFS over a grid with a deque of tuples passed to a function.
from collections import deque


def bfs(grid, start):
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    todo = deque([start])
    while todo:
        r, c = todo.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                todo.append((nr, nc))
    return dist


def drain(q):
    out = []
    while q:
        out.append(q.pop())
    return out


grid = ["..#....", ".##.##.", "...#...", "#.....#"]
d = bfs(grid, (0, 0))
print(len(d), max(d.values()), sorted(d.items())[:5])
queues = [deque([1, 2]), deque()]
queues[1].append(5)
print(queues, [drain(x) for x in queues], queues)
e = deque([1])
try:
    e[3]
except IndexError as ex:
    print("IndexError:", ex)
e.popleft()
try:
    e.pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    e.remove(4)
except ValueError as ex:
    print("ValueError:", ex)
e.popleft()
