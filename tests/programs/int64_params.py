# Int parameters every call passes a small value are int64 in C++ (interprocedural ranges):
# arithmetic on them must still promote to exact big ints inside the callee, recursion must
# cross 2**63 exactly, and a function that is a value or receives a big value stays exact.
def scaled(i, j):
    # i, j are range indexes; the results leave int64.
    return i * 4611686018427387904 + j * j * j * j * j * j * j, -i - 9223372036854775807 - j


def pow2(n):
    # Recursion: n - 1 stays small, the results cross 2**63.
    if n == 0:
        return 1
    return 2 * pow2(n - 1)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def cube_in_place(n):
    # The parameter is rebound to a value that leaves int64.
    n = n * n * n
    n = n * n
    return n


def count_down(n, step=3):
    total = 0
    while n > 0:
        total += n * 1000000007 * 1000000007
        n -= step
    return total, n


def square(x):
    return x * x


def near_min(n):
    return n - 2, -n, n // -1, abs(n), n << 1


def shifted(k, by):
    return (k << by) + (k >> 1), k ** by


def used_as_value(x):
    return x + 9223372036854775807


def length_based(n):
    return n * 9223372036854775807


def run_scaled():
    results = []
    for i in range(3):
        for j in range(5000000, 5000003):
            results.append(scaled(i, j))
    return results


def run_cubes():
    for k in range(2097150, 2097154):
        print(cube_in_place(k))
    for by in range(60, 66):
        print(shifted(by, by))


print(run_scaled())
print(pow2(10), pow2(62), pow2(63), pow2(64), pow2(130))
print(fact(20), fact(21), fact(30))
print(is_even(10), is_odd(7), is_even(301))
print(ackermann(2, 3), ackermann(3, 3))
run_cubes()
print(count_down(10), count_down(20, 7), count_down(5, step=1))
print(square(3), square(3037000499), square(3037000500), square(10 ** 20), square(-(2 ** 63)))
print(near_min(-9223372036854775807), near_min(9223372036854775807), near_min(0))
print(list(map(used_as_value, range(3))), used_as_value(5))
words = ["a", "bb", "ccc"]
print(length_based(len(words)), length_based(len(words[0])))
