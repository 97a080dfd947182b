# tags: numeric, exceptions
# difficulty: medium
# case: 3
# case: 1
# case: 0
# case: -4
# timing: 480
# LU decomposition with partial pivoting (Doolittle), used to solve A x = b and
# compute det(A) for a generated matrix. A negative size asks for a singular
# matrix, which is reported instead of solved.
import math
import sys


class SingularMatrix(Exception):
    pass


def generate(n, singular=False):
    state = 12345
    a = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append((state % 1000) / 100.0 - 5.0 + (n if i == j else 0))
        a.append(row)
    if singular and n >= 2:
        a[n - 1] = [2.0 * v for v in a[0]]
    b = [float(i % 7 - 3) for i in range(n)]
    return a, b


def lu_decompose(a):
    n = len(a)
    lu = [row[:] for row in a]
    perm = list(range(n))
    sign = 1
    for k in range(n):
        p = max(range(k, n), key=lambda r: abs(lu[r][k]))
        if abs(lu[p][k]) < 1e-12:
            raise SingularMatrix(f"pivot {k} is zero")
        if p != k:
            lu[k], lu[p] = lu[p], lu[k]
            perm[k], perm[p] = perm[p], perm[k]
            sign = -sign
        pivot = lu[k][k]
        for i in range(k + 1, n):
            f = lu[i][k] / pivot
            lu[i][k] = f
            row_i, row_k = lu[i], lu[k]
            for j in range(k + 1, n):
                row_i[j] -= f * row_k[j]
    return lu, perm, sign


def solve(lu, perm, b):
    n = len(lu)
    y = [0.0] * n
    for i in range(n):
        s = b[perm[i]]
        for j in range(i):
            s -= lu[i][j] * y[j]
        y[i] = s
    x = [0.0] * n
    for i in reversed(range(n)):
        s = y[i]
        for j in range(i + 1, n):
            s -= lu[i][j] * x[j]
        x[i] = s / lu[i][i]
    return x


def main():
    n = int(sys.argv[1])
    a, b = generate(abs(n), singular=n < 0)
    try:
        lu, perm, sign = lu_decompose(a)
    except SingularMatrix as e:
        print("singular matrix:", e)
        return
    det = float(sign)
    for i in range(len(lu)):
        det *= lu[i][i]
    x = solve(lu, perm, b)
    residual = max((abs(sum(a[i][j] * x[j] for j in range(len(x))) - b[i]) for i in range(len(x))), default=0.0)
    print("n =", len(a))
    print("log10|det| = %.6f" % (math.log10(abs(det)) if det else float("-inf")))
    print("x[:5] =", [round(v, 8) for v in x[:5]])
    print("residual < 1e-9:", residual < 1e-9)


main()
