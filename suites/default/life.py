# tags: containers
# difficulty: medium
# case: 4
# case: 0
# case: 1
# case: 30
# timing: 1500
# Conway's Game of Life on an unbounded board stored as a set of (x, y)
# tuples, started from an R-pentomino, a glider and an acorn; prints population
# per step, the bounding box and the picture for small step counts.
import sys
from collections import Counter


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}


def bbox(live):
    if not live:
        return None
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def show(live):
    box = bbox(live)
    if box is None:
        return
    x0, y0, x1, y1 = box
    for y in range(y0, y1 + 1):
        print("".join("#" if (x, y) in live else "." for x in range(x0, x1 + 1)))


generations = int(sys.argv[1])
board = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
board |= {(x + 20, y + 20) for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]}
board |= {(x - 60, y + 5) for x, y in [(1, 0), (3, 1), (0, 2), (1, 2), (4, 2), (5, 2), (6, 2)]}  # acorn
history = []
for g in range(generations):
    board = step(board)
    history.append(len(board))
print("populations:", history[:10], "..." if len(history) > 10 else "")
print("final population:", len(board), "bounding box:", bbox(board))
print("checksum:", sum(x * 31 + y * 17 for x, y in board) % 1000003)
if generations <= 10:
    show(board)
