# 2**62 * 4 needs 65 bits: CPython prints it, the C++ must stop and name line 3.
x = 2**62
print(x * 4)
