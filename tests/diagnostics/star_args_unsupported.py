# `*` arguments the builtin engine still refuses (a tuple's length would be known only at run time).
import heapq

matrix = [[1, 2], [3, 4]]
print(list(zip(*matrix)))
print(max(*[3, 1, 2]))


def add(a, b=2):
    return a + b


def outer(xs):
    def inner(a, b):
        return a * b
    return inner(*xs)


print(add(*(1, 2)), outer([1, 2]))
print(list(heapq.merge(*matrix, [5])))
