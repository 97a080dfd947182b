# Runaway recursion stops with CPython's RecursionError (caught or not) instead of overflowing the
# stack; sys.setrecursionlimit lets a deep recursion run, sys.getrecursionlimit reads the limit.
import sys

depth = 0


def runaway(n):
    global depth
    depth = n
    return runaway(n + 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n > 0 else None

    def length(self):
        return 1 + (self.next.length() if self.next is not None else 0)


class Loop:
    def __init__(self):
        self.other = self

    def __eq__(self, o):
        return self.other == o.other


print(sys.getrecursionlimit())
try:
    runaway(1)
except RecursionError as e:
    print("RecursionError:", e, depth > 500)
print(is_even(500), is_odd(501))
try:
    Loop() == Loop()
except RecursionError as e:
    print("in __eq__:", e)

sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
print(is_even(60000), is_odd(70001))
print(Chain(5000).length())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)

sys.setrecursionlimit(1000)
runaway(1)
print("not reached")
