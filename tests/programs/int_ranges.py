# Int arithmetic whose operands' ranges prove it fits in 64 bits (plain C++ arithmetic), next to
# arithmetic that passes 2**63 (exact big ints): values from range() loops, module variables passed
# to functions, recursion and counters whose ranges grow, floor division and modulo of negatives.
N = 300


def tri(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def floor_mix(a, b):
    return (a - b) // 7, (a - b) % 7, -(a - b) // 3, (-a) % 5, (a * b) // 4


def grow(n, depth):
    if depth == 0:
        return n
    return grow(n * 3 + 1, depth - 1)


def big_products(k):
    out = []
    for i in range(k):
        x = i * 1000003
        out.append(x * x * x)
    return out


def counter(limit):
    c = 0
    while c < limit:
        c += 7
    return c * c


def big_counter():
    x = 9223372036854775800
    for _ in range(20):
        x += 1
    y = 2**62
    y += 5
    return x, y * 2, y + y


def down(n):
    c = n
    while c > -20:
        c -= 3
    return c, c * c


def norm(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += 1.0 / tri(i, j)
    return s


def squares_near_limit():
    m = 3037000500
    for i in range(m - 2, m + 1):
        print(i, i * i, i * i - 2**63)
    k = 4611686018427387904
    for t in range(3):
        print(k * 2 + t, (k + t) * 2, k + k - t)


def index_math(xs):
    total = 0
    n = len(xs)
    for i in range(n):
        total += xs[(i * 7 + 3) % n] * (i - n // 2)
    return total


print(norm(N))
for a in range(-10, 11, 3):
    for b in range(-4, 5, 4):
        print(a, b, floor_mix(a, b))
print(grow(5, 50))
print(big_products(5)[-1], sum(big_products(3000)) % 1000000007)
print(counter(10**6))
print(big_counter(), down(40), down(7))
squares_near_limit()
print(-(-9223372036854775807 - 1), -9223372036854775807 - 1)
print(index_math(list(range(-50, 50, 3))))
