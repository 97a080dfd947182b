from functools import reduce


def mdr(n):
    steps = 0
    while n > 9:
        n = reduce(int.__mul__, (int(d) for d in str(n)), 1)
        steps += 1
    return steps, n


print([mdr(n) for n in (123321, 7739, 893, 899998)])
print(reduce(int.__add__, [1, 2, 3]), sorted([3, 1, 2], key=int.__neg__), list(map(str.__add__, ["a", "b"], ["c", "d"])))
print(list(map(float.__truediv__, [1.0, 3.0], [2.0, 4.0])), list(map(str.__contains__, ["ab", "cd"], ["a", "a"])))
