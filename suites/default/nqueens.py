# tags: recursion
# difficulty: medium
# case: 4
# case: 1
# case: 0
# case: 3
# timing: 12
# N-queens: count all solutions with recursive backtracking over sets of
# attacked columns and diagonals; count the distinct solutions up to
# rotation and reflection; print the first solution as a board.
import sys


def solve(n):
    solutions = 0
    first = None
    distinct = set()
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        nonlocal solutions, first
        if row == n:
            solutions += 1
            if first is None:
                first = list(placement)
            distinct.add(canonical(placement))
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions, len(distinct), first


def canonical(cols):
    # A board as the tuple of queen columns by row; its 8 symmetric images.
    n = len(cols)
    cells = [(r, c) for r, c in enumerate(cols)]
    images = []
    for _ in range(4):
        cells = [(c, n - 1 - r) for r, c in cells]
        for variant in (cells, [(r, n - 1 - c) for r, c in cells]):
            board = [0] * n
            for r, c in variant:
                board[r] = c
            images.append(tuple(board))
    return min(images)


n = int(sys.argv[1])
print("smaller boards:", [solve(k)[:2] for k in range(1, n)])
count, unique, board = solve(n)
print(f"{n}-queens: {count} solutions, {unique} distinct up to symmetry")
if board:
    for c in board:
        print(" ".join("Q" if i == c else "." for i in range(n)))
else:
    print("no board")
