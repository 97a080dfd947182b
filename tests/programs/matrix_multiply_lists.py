# Matrix multiplication with lists of lists (ints and floats).
def make_matrix(rows, cols, seed):
    m = []
    v = seed
    for i in range(rows):
        row = []
        for j in range(cols):
            v = (v * 1103515245 + 12345) % 2147483648
            row.append(v % 19 - 9)
        m.append(row)
    return m

def matmul(a, b):
    n = len(a)
    k = len(b)
    p = len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c

def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]

def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]

a = make_matrix(3, 4, 7)
b = make_matrix(4, 2, 11)
print(a)
print(b)
c = matmul(a, b)
print(c)
print(transpose(c))
for row in c:
    print(row, sum(row), max(row), min(row))

n = 30
x = make_matrix(n, n, 1)
y = make_matrix(n, n, 2)
z = matmul(x, y)
trace = 0
for i in range(n):
    trace += z[i][i]
print("trace", trace)
print("row sums", [sum(r) for r in z][:10])
zz = matmul(z, z)
print("corner", zz[0][0], zz[n - 1][n - 1], zz[0][-1])

f = [[0.5 * (i + 1) + 0.25 * j for j in range(3)] for i in range(3)]
g = matmul(f, identity(3))
print(g)
h = matmul(f, f)
print(h)
scaled = [[v / 3 for v in row] for row in f]
print(scaled)
