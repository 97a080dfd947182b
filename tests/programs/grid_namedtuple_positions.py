# A grid with __getitem__/__setitem__ on positions that are namedtuples or plain tuples (unpacked alike), BFS over a deque, Counter, str.maketrans.
import collections
import string

Point = collections.namedtuple("Point", ["x", "y"])

class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v
    def __str__(self):
        return "\n".join("".join(r) for r in self.cells)
    def neighbors(self, p):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            q = Point(p.x + dx, p.y + dy)
            if 0 <= q.x < self.w and 0 <= q.y < self.h:
                yield q

def bfs(grid, start, goal):
    queue = collections.deque([start])
    came = {start: None}
    while queue:
        cur = queue.popleft()
        if cur == goal:
            break
        for n in grid.neighbors(cur):
            if n not in came and grid[n] != "#":
                came[n] = cur
                queue.append(n)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came.get(node)
    return path[::-1]

g = Grid(8, 5)
for y in range(4):
    g[3, y] = "#"
path = bfs(g, Point(0, 0), Point(7, 0))
for p in path:
    g[p] = "*"
print(g)
print(len(path), path[:3])
letters = collections.Counter(c for c in "mississippi")
print(letters.most_common(), sorted(letters.elements()), letters["z"])
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello".translate(table))


