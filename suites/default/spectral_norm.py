# tags: numeric, closures
# difficulty: medium
# case: 1
# case: 10
# case: 55
# timing: 560
# Spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1),
# computed with the power method on an n x n truncation.
import sys
from math import sqrt


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(eval_a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(eval_a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def main():
    n = int(sys.argv[1])
    u = [1.0] * n
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    print(f"{sqrt(vbv / vv):0.9f}")


if __name__ == "__main__":
    main()
