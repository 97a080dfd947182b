# `bit_length()` of an int-or-float: the int's answer, and CPython's AttributeError once the
# value is a float.
def scale(k):
    return 2 ** k


for k in [0, 5, 40, -1]:
    v = scale(k)
    print(k, v)
    print(v.bit_length(), v.bit_count())
