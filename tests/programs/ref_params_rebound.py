# A parameter passed by reference in C++ keeps the value it was given while the function rebinds
# the global, field or container item the argument named (as Python's parameters do).
class A:
    def __init__(self):
        self.xs = [1]
        self.n = 10 ** 20

a = A()
g = [5]

def f(xs):
    a.xs = [2]
    return xs[0]

def h(ys):
    global g
    g = [7]
    return ys[0]

def k(n):
    a.n = 3
    return n

print(f(a.xs), h(g), k(a.n))

items = [[1, 2], [3]]

def first_after_swap(row):
    items[0] = [9]
    return row[0]

print(first_after_swap(items[0]), items)
