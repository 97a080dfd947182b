# Subscripting a value of several types that holds an int at run time: CPython's TypeError.
def cells(n):
    if n > 2:
        return [n] * n
    return n


for n in [4, 3, 1]:
    print(n, cells(n)[0])
