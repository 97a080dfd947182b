INT_MAX = 2 ** 31 - 1
print(INT_MAX)
