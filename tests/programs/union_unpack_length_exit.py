# Unpacking a value that is a pair or a triple into two names: CPython's ValueError for a triple.
def shape(n):
    if n < 3:
        return (n, n * n)
    return (n, n * n, n * n * n)


for n in [1, 2, 3]:
    a, b = shape(n)
    print(a, b)
