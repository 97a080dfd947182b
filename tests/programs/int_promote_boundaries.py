# Exact ints where plain C++ integers meet: loop counters, len() results and literals promote
# to big ints past 2**63 (and back), as CPython's do.
def near_limit(base):
    out = []
    for i in range(base, base + 4):
        out.append(i + i)
        out.append(i * 3)
        out.append(-i - i)
    return out


def counters(n):
    k = 0
    total = 0
    while k < n:
        k += 1
        total += k
    m = k
    m -= 5
    return k, m, total


def len_products(xs):
    n = len(xs)
    big = n * 2**62
    steps = []
    for i in range(n):
        steps.append(i * 4611686018427387904 + n)
    return n, big, steps, n << 62, n << 70, -n * 9223372036854775807


def divisions(lo):
    out = []
    for i in range(lo, lo + 3):
        out.append(i // -1)
        out.append(i % -1)
        q, r = divmod(i, -1)
        out.append(q)
        out.append(r)
        q, r = divmod(i, -7)
        out.append(q)
        out.append(r)
        out.append(-i)
        out.append(abs(i))
        out.append(i // 7)
        out.append(i % 7)
        out.append(i // -7)
        out.append(i % -7)
        out.append(i ** 3)
        out.append(i >> 70)
        out.append(i << 1)
    return out


def enumerate_index(xs):
    best = 0
    for i, x in enumerate(xs, 2**62):
        best = i * x
    for i, x in enumerate(xs):
        best += i * 9223372036854775807 * x
    return best


def counter_from_literal():
    j = 9223372036854775806
    j += 1
    big = j + 1
    j -= 2
    return j, big


print(near_limit(9223372036854775800))
print(near_limit(-9223372036854775808))
print(counters(10))
print(len_products([1, 2, 3]))
print(divisions(-9223372036854775808))
print(divisions(9223372036854775804))
print(enumerate_index([3, 5, 7]))
print(counter_from_literal())
total = 0
for i in range(3):
    total += 9223372036854775807 + i
print(total)
try:
    print(len([1, 2]) // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % (len([]) + 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
