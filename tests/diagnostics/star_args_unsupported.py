# `*` arguments the builtin engine still refuses.
import heapq

matrix = [[1, 2], [3, 4]]
print(list(zip([0], *matrix)))
print(max(*[[3, 1], [2]]))


def add(a, b=2):
    return a + b


print(add(*(1, 2)))
print(list(heapq.merge(*matrix, [5])))
