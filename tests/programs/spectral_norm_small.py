# Spectral norm of the infinite matrix A, truncated to n x n.
import math

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mult_av(v, n):
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s
    return out

def mult_atv(v, n):
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s
    return out

def mult_atav(v, n):
    return mult_atv(mult_av(v, n), n)

def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    for _ in range(10):
        v = mult_atav(u, n)
        u = mult_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)

for n in [1, 2, 10, 40]:
    r = spectral_norm(n)
    print(n, f"{r:.9f}", r)
print(mult_av([1.0, 2.0, 3.0], 3))
