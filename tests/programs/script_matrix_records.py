# A typical script: game of life on a set, a Matrix class with @ (__matmul__), records in nested dicts sorted by a key whose values are int-or-list, and sys.version_info compared as a value.
# Game of life, sudoku-ish, and matrix stuff in a typical script style
import sys
from itertools import product

def neighbors(cell, rows, cols):
    r, c = cell
    for dr, dc in product((-1, 0, 1), repeat=2):
        if (dr, dc) != (0, 0):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols:
                yield nr, nc

def step(live, rows, cols):
    counts = {}
    for cell in live:
        for n in neighbors(cell, rows, cols):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(4):
    state = step(state, 6, 6)
print(show(state, 6, 6))
print(len(state), sorted(state))

class Matrix:
    # rows: lists
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    def __matmul__(self, other):
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])
    def transpose(self):
        return Matrix([list(r) for r in zip(*self.rows)])
    def __repr__(self):
        return "\n".join(" ".join(f"{v:4d}" for v in row) for row in self.rows)
    def __eq__(self, other):
        return self.rows == other.rows

A = Matrix([[1, 2], [3, 4], [5, 6]])
B = A.transpose()
print(A @ B)
print((A @ B).transpose() == A @ B)
data = {"alice": {"age": 30, "langs": ["py", "c"]}, "bob": {"age": 25, "langs": []}}
for name, info in sorted(data.items(), key=lambda kv: kv[1]["age"]):
    print(f"{name:>6}: {info['age']} {', '.join(info['langs']) or '-'}")
total = 0
for i, (k, v) in enumerate(data.items(), 1):
    total += i * v["age"]
print(total, sys.maxsize > 2 ** 32, sys.version_info >= (3, 8))
mixed = [3, [1], 2]
try:
    print(sorted(mixed))
except TypeError as e:
    print("TypeError:", e)
print(sorted([v for v in mixed if isinstance(v, int)]))
