# Conway's Game of Life on a small torus using lists of lists of ints.
def step(grid, rows, cols):
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in [-1, 0, 1]:
                for dc in [-1, 0, 1]:
                    if dr == 0 and dc == 0:
                        continue
                    n += grid[(r + dr) % rows][(c + dc) % cols]
            if grid[r][c] == 1 and (n == 2 or n == 3):
                new[r][c] = 1
            elif grid[r][c] == 0 and n == 3:
                new[r][c] = 1
    return new

def show(grid):
    for row in grid:
        line = ""
        for v in row:
            line += "#" if v == 1 else "."
        print(line)

def population(grid):
    return sum([sum(row) for row in grid])

rows = 12
cols = 16
grid = [[0] * cols for _ in range(rows)]
glider = [[0, 1], [1, 2], [2, 0], [2, 1], [2, 2]]
for cell in glider:
    grid[cell[0]][cell[1]] = 1
for c in range(8, 11):
    grid[6][c] = 1
grid[9][3] = 1
grid[9][4] = 1
grid[10][3] = 1
grid[10][4] = 1
show(grid)
history = []
for gen in range(40):
    grid = step(grid, rows, cols)
    history.append(population(grid))
print(history)
show(grid)
