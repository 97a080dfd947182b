# str() of an int past sys.get_int_max_str_digits() (4300) raises CPython's ValueError,
# after sys.set_int_max_str_digits raised and lowered the limit.
import sys

n = 7**6000
sys.set_int_max_str_digits(6000)
print(len(str(n)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
print(str(n))
