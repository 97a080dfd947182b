# Iterating a value of several types that holds an int at run time: CPython's TypeError.
def spread(n):
    if n > 2:
        return [n, n + 1]
    return n


for n in [5, 4, 1]:
    for x in spread(n):
        print(n, x)
