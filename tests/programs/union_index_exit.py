# Indexing a list with a value of several types (`int | str`) that holds a str at run time:
# CPython's TypeError, after the int indices worked.
def pick(i):
    return str(i) if i > 1 else i


xs = [5, 6, 7]
for i in [0, 1, 2]:
    print(xs[pick(i)])
