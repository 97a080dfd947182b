# tags: numeric
# difficulty: easy
# case: 1
# case: 4
# case: 0
# timing: 330
# Matrix multiplication of two generated n x n matrices with a cache-friendly
# i-k-j loop order; prints the trace, a corner and the sum of the product.
import sys


def make(n, seed):
    tmp = 1.0 / n / n if n else 0.0
    return [[tmp * (i - j) * (i + j) + seed for j in range(n)] for i in range(n)]


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0]) if b else 0
    c = [[0.0] * p for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for k in range(m):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
    return c


n = int(sys.argv[1])
a = make(n, 0.5)
b = make(n, -0.25)
c = matmul(a, b)
trace = sum(c[i][i] for i in range(n))
total = sum(sum(row) for row in c)
print(f"n={n} trace={trace:.6f} sum={total:.6f}")
if n:
    print(f"c[0][0]={c[0][0]:.6f} c[n-1][n-1]={c[n - 1][n - 1]:.6f} c[n//2][0]={c[n // 2][0]:.6f}")
