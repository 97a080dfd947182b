# Element types that are known only on a later inference pass (a parameter's type comes from a
# call further down): map() of a builtin, itertools.product of a parameter, functools.reduce over
# lazy cursors, and a constant imported by name (`from math import inf`) in a list.
from functools import reduce
from itertools import accumulate, chain, product, repeat
from math import inf
from operator import mul


def widths(ys):
    w = max(map(len, ys))
    return [y.rjust(w, "*") for y in ys]


def divisors(groups):
    def go(acc, group):
        return [x * y for x, y in product(acc, accumulate(chain([1], group), mul))]
    return sorted(reduce(go, groups, [1]))


def church(n):
    return lambda f: lambda x: reduce(lambda a, g: g(a), repeat(f, n), x)


def shortest(n, edges):
    dist = [[inf] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = 0
    for u, v, w in edges:
        dist[u][v] = w
    for k, i, j in product(range(n), repeat=3):
        if dist[i][k] + dist[k][j] < dist[i][j]:
            dist[i][j] = dist[i][k] + dist[k][j]
    return dist


print(widths(["a", "bcd", "ef"]))
print(divisors([[2, 2], [3], [5]]))
print(church(4)(lambda xs: [len(xs)] + xs)([]))
print(reduce(lambda a, b: a * 10 + b, map(int, "90210")))
print(reduce(lambda a, b: a + b, map(int, "123"), 1000))
print(shortest(3, [(0, 1, 4), (1, 2, -1), (0, 2, 5)]))
print([inf, -inf], inf > 10 ** 30)
