# expect: runtime_error killed by SIGSEGV
# Recursion without a Python limit, through a C function (`map`) at every
# level so that each level also takes C stack: the interpreter's stack overflows.
import sys

sys.setrecursionlimit(1_000_000_000)


def down(n):
    return list(map(down, [n + 1]))


down(0)
