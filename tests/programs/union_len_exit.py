# len() of a value of several types that holds an int at run time: CPython's TypeError.
def label(n):
    if n % 2:
        return "odd" * n
    return n


for n in [1, 3, 4]:
    print(n, len(label(n)))
