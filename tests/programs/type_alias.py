# A type alias only annotates.
from typing import Optional

Path = list[tuple[int, int]]
Grid = list[list[int]]
MaybeInt = Optional[int]


def walk(grid: Grid, start: tuple[int, int]) -> Path:
    path: Path = [start]
    r, c = start
    while c + 1 < len(grid[0]) and grid[r][c + 1] == 0:
        c += 1
        path.append((r, c))
    return path


def first(p: Path) -> MaybeInt:
    return p[0][0] if p else None


g = [[0, 0, 1], [0, 0, 0]]
print(walk(g, (0, 0)), walk(g, (1, 0)), first(walk(g, (1, 1))), first([]))
