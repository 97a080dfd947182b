# sys.float_info fields (IEEE 754 double) as values.
import sys
from sys import float_info

print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.max_exp, sys.float_info.max_10_exp, sys.float_info.min_exp, sys.float_info.min_10_exp)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.rounds)
print(float_info.max * 2, float_info.min / 2 > 0, 1.0 + float_info.epsilon > 1.0, 1.0 + float_info.epsilon / 2 > 1.0)
tiny = sys.float_info.min
big = {"lo": tiny, "hi": sys.float_info.max}
print(big, f"{sys.float_info.epsilon:.3e}")


def close(a, b):
    return abs(a - b) <= 4 * sys.float_info.epsilon * max(abs(a), abs(b))


print(close(0.1 + 0.2, 0.3), close(1.0, 1.001))
