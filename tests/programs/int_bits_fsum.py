# bin/hex/oct, int.bit_length/bit_count, math.fsum (exactly rounded), sys.setrecursionlimit.
import math
import sys

sys.setrecursionlimit(10000)
for v in [0, 1, 5, -5, 255, -256, 2**40 + 3, -(2**62)]:
    print(v, bin(v), hex(v), oct(v), v.bit_length(), v.bit_count())
print(True.bit_length(), bin(True))

xs = [0.1] * 10
print(sum(xs), math.fsum(xs))
print(math.fsum([1e-16, 1.0, 1e16]), math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([1, 2, 3]))
print(math.fsum(x / 7 for x in range(100)), math.fsum([]), math.fsum([-0.0]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([float("inf"), 1.0]), math.fsum([2.5, float("-inf")]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(5000))
try:
    math.fsum([float("inf"), float("-inf")])
except ValueError as e:
    print("ValueError:", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError:", e)
