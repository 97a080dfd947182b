# Counted loops over list indexes: the bounds checks of `xs[i]` are hoisted out of the loop
# when nothing in it can change a list's length, and kept (raising where CPython raises)
# otherwise. Each case below takes the fast path or the checked one; the output is the same.

def dot(a, b, n):
    s = 0.0
    for i in range(n):
        s += a[i] * b[i]
    return s

def weight(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mult(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += weight(i, j) * v[j]
        out[i] = s

def scale_every(xs, start, stop, step, k):
    for i in range(start, stop, step):
        xs[i] *= k
    return xs

def backwards(xs):
    seen = []
    for i in range(len(xs) - 1, -1, -1):
        seen.append(xs[i])
    return seen

def shrink_while_reading(xs):
    # The list gets shorter inside the loop: the checks must stay.
    total = 0
    for i in range(len(xs)):
        total += xs[i]
        if i == 2:
            xs.pop()
    return total

def drop_last(xs):
    xs.pop()
    return 0

def callee_shrinks(xs):
    total = 0
    for i in range(len(xs)):
        total += xs[i] + drop_last(xs) if i == 1 else xs[i]
    return total

def rebinds(xs):
    out = 0
    for i in range(4):
        out += xs[i]
        if i == 1:
            xs = [100]
    return out

a = [float(k) for k in range(10)]
b = [2.0] * 10
print(dot(a, b, 10))
try:
    print(dot(a, b, 11))
except IndexError as e:
    print("IndexError:", e)
print(dot(a, b[:5], 5))

v = [1.0] * 6
out = [0.0] * 6
mult(v, out, 6)
print([round(x, 6) for x in out])
try:
    mult(v, [0.0] * 3, 6)
except IndexError as e:
    print("IndexError:", e)

print(scale_every(list(range(10)), 1, 10, 3, 5))
print(scale_every(list(range(10)), 9, -1, -4, 2))
print(scale_every(list(range(10)), -5, 0, 2, 7))
try:
    scale_every(list(range(10)), 0, 14, 4, 3)
except IndexError as e:
    print("IndexError:", e)
print(scale_every([], 0, 0, 3, 2))

print(backwards([3, 1, 4, 1, 5]))
neg = [10, 20, 30, 40]
print([neg[i] for i in range(-4, 0)])
total = 0
for i in range(-2, 2):
    total += neg[i]
print(total)

try:
    print(shrink_while_reading([1, 2, 3, 4, 5]))
except IndexError as e:
    print("IndexError:", e)
try:
    print(callee_shrinks([1, 2, 3]))
except IndexError as e:
    print("IndexError:", e)
try:
    print(rebinds([1, 2, 3, 4]))
except IndexError as e:
    print("IndexError:", e)

grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    row = grid[r]
    for c in range(4):
        row[c] = r * 4 + c
print(grid)

# Comprehensions over range indexes.
m = [[1, 2, 3], [4, 5, 6]]
t = [[m[r][c] for r in range(2)] for c in range(3)]
print(t)
print(sum(a[i] * b[i] for i in range(10)))
print([a[i] for i in range(9, -1, -3)])
try:
    print([a[i] for i in range(12)])
except IndexError as e:
    print("IndexError:", e)
print(max(neg[i] - neg[i - 1] for i in range(1, 4)))
squares = [i * i for i in range(5)]
big = [squares[i] * 3_000_000_000 * 4_000_000_000 for i in range(5)]
print(big)
lazy = (squares[i] for i in range(5))
squares.pop()
try:
    print(list(lazy))
except IndexError as e:
    print("IndexError:", e)
