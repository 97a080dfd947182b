# Spectral norm (benchmarks-game style) with plain lists of floats.
import time
import math

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mult_av(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s

def mult_atv(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s

def mult_atav(v, out, tmp, n):
    mult_av(v, tmp, n)
    mult_atv(tmp, out, n)

def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mult_atav(u, v, tmp, n)
        mult_atav(v, u, tmp, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)

n = 600
start_time = time.time()
result = spectral_norm(n)
end_time = time.time()

print(f"{result:.9f}")
print("Spectral norm:", result)
print(f"Execution Time: {(end_time - start_time):.6f} seconds")
