# Solving linear systems with Gaussian elimination and partial pivoting.
def solve(a, b):
    n = len(a)
    m = [a[i].copy() + [b[i]] for i in range(n)]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if pivot != col:
            tmp = m[col]
            m[col] = m[pivot]
            m[pivot] = tmp
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x

def determinant(a):
    n = len(a)
    m = [row.copy() for row in a]
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if m[pivot][col] == 0.0:
            return 0.0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
    return det

a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
b = [8.0, -11.0, -3.0]
print(solve(a, b))
print(determinant(a))
print(determinant([[1.0, 2.0], [2.0, 4.0]]), determinant([[0.0, 1.0], [1.0, 0.0]]))
n = 6
hilbert = [[1.0 / (i + j + 1) for j in range(n)] for i in range(n)]
ones = [1.0] * n
x = solve(hilbert, ones)
print(x)
print([round(v) for v in x])
print(determinant(hilbert))
res = [sum([hilbert[i][j] * x[j] for j in range(n)]) - 1.0 for i in range(n)]
print(max([abs(r) for r in res]) < 1e-6)
