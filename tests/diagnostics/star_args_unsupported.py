# `*` arguments the builtin engine still refuses.
import heapq

matrix = [[1, 2], [3, 4]]
print(max(*[3, -4], 2, key=abs))
print(max(*[[3, 1], [2]]))


def add(a, b=2):
    return a + b


print(add(*(1, 2)))
print(list(heapq.merge(*matrix, [5])))
