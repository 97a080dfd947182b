# Loop nests over lists subscripted by their loops' variables: the port runs a copy of the
# nest without bounds checks that reads each list through a restrict pointer when the lists
# are distinct and every index is in range, and the checked copy otherwise (the same list
# passed twice, an index out of range). The output is the same either way.

def weight(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mult(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += weight(i, j) * v[j]
        out[i] = s

def mult_t(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(len(v)):
            s += weight(j, i) * v[j]
        out[i] = s

def add_rows(a, b, out, rows, cols):
    # Two lists read, one written, with different bounds per loop.
    for i in range(rows):
        t = 0
        for j in range(1, cols):
            t += a[j] * b[j] + i
        out[i] = t

def flags(xs, marks, n):
    for i in range(n):
        for j in range(n):
            if xs[j] > i:
                marks[i] = True

def sums_with_log(v, out, n, log):
    # `note` touches a list: no unchecked copy, same output.
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += v[j]
            note(log, j)
        out[i] = s

def note(log, j):
    if j == 0:
        log.append(j)

def accumulate(v, out, n):
    # `out[i] += <a call>` reads and stores through a copy of the handle: checked per loop only.
    for i in range(n):
        for j in range(n):
            out[i] += weight(i, j) * v[j]

def triangle(v, out, n):
    # The inner bound depends on the outer variable: checked per loop only.
    for i in range(n):
        s = 0.0
        for j in range(i + 1):
            s += v[j]
        out[i] = s

n = 5
u = [1.0] * n
v = [0.0] * n
tmp = [0.0] * n
for _ in range(3):
    mult(u, tmp, n)
    mult_t(tmp, v, n)
    mult(v, tmp, n)
    mult_t(tmp, u, n)
print(u)
print(v)

# The same list as input and output: each row sees the rows written before it.
w = [1.0, 2.0, 3.0, 4.0]
mult(w, w, 4)
print(w)
w = [1.0, 2.0, 3.0, 4.0]
mult_t(w, w, 4)
print(w)

# An index out of range: the rows before the failing one are written, as in CPython.
short = [1.0, 2.0]
out = [0.0] * 4
try:
    mult(short, out, 4)
except IndexError as e:
    print("IndexError:", e, out)
out = [0.0] * 2
try:
    mult([1.0, 2.0, 3.0], out, 3)
except IndexError as e:
    print("IndexError:", e, out)

a = [3, 1, 4, 1, 5, 9]
b = [2, 7, 1, 8, 2, 8]
res = [0] * 3
add_rows(a, b, res, 3, 6)
print(res)
add_rows(a, a, a, 3, 6)
print(a)
big = [3, 10**20, 5]
res = [0, 0]
add_rows(big, big, res, 2, 3)
print(res)

marks = [False] * 4
flags([0, 2, 1, 3], marks, 4)
print(marks)

log = []
out = [0.0] * 3
sums_with_log([1.0, 2.0, 3.0], out, 3, log)
print(out, log)
triangle([1.0, 2.0, 3.0], out, 3)
print(out)
accumulate([1.0, 2.0, 3.0], out, 3)
print(out)
accumulate(out, out, 3)
print(out)

# At module level.
m = 3
xs = [1.5, 2.5, 3.5]
ys = [0.0] * m
for i in range(m):
    acc = 0.0
    for j in range(m):
        acc += xs[j] * (i + j)
    ys[i] = acc
print(ys)
