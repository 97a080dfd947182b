# `sys.exit("message")`: CPython prints the message to stderr and exits with status 1.
import sys


def check(n):
    if n > 3:
        sys.exit("fatal: n is too large: " + str(n))
    return n * 2


for i in range(6):
    print(check(i))
