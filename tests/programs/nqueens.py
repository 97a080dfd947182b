# N-queens solution counting via recursive backtracking.
def solve(row, n, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not diag1[row + c] and not diag2[row - c + n - 1]:
            cols[c] = True
            diag1[row + c] = True
            diag2[row - c + n - 1] = True
            count += solve(row + 1, n, cols, diag1, diag2)
            cols[c] = False
            diag1[row + c] = False
            diag2[row - c + n - 1] = False
    return count

def first_solution(n):
    placement = []
    if place(0, n, placement):
        return placement
    return []

def safe(placement, row, col):
    for r, c in enumerate(placement):
        if c == col or abs(c - col) == row - r:
            return False
    return True

def place(row, n, placement):
    if row == n:
        return True
    for col in range(n):
        if safe(placement, row, col):
            placement.append(col)
            if place(row + 1, n, placement):
                return True
            placement.pop()
    return False

for n in range(1, 9):
    total = solve(0, n, [False] * n, [False] * (2 * n), [False] * (2 * n))
    print("n =", n, "solutions =", total, "first =", first_solution(n))

sol = first_solution(8)
for r in range(8):
    line = ""
    for c in range(8):
        line = line + ("Q " if sol[r] == c else ". ")
    print(line)
