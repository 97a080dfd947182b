# tags: recursion, exceptions
# difficulty: easy
# case: 2 3
# case: 0 0
# case: 1 5
# case: -1 2
# timing: 3 9
# Ackermann function A(m, n) for small m, computed recursively with a raised
# recursion limit, and the number of calls it made. Negative arguments are
# rejected with a ValueError.
import sys

sys.setrecursionlimit(100000)
calls = 0


def ack(m, n):
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def checked_ack(m, n):
    if m < 0 or n < 0:
        raise ValueError(f"ackermann is undefined for negative arguments: ({m}, {n})")
    if m > 3:
        raise ValueError("m > 3 would not finish")
    return ack(m, n)


m, n = int(sys.argv[1]), int(sys.argv[2])
for j in range(n + 1):
    calls = 0
    print(f"A({m}, {j}) = {checked_ack(m, j)} in {calls} calls")
