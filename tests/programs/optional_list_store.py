# Storing into a list that sits in a list of optional lists (a memo table
# filled lazily: `cache[k]` is None until its row is made); storing into a
# row that is still None raises CPython's TypeError.
N = 6
cache = [None] * N

def row(k):
    if cache[k] is None:
        cache[k] = [0] * (k + 1)
    return cache[k]

def binom(k, n):
    row(k)
    if n == 0 or n == k:
        return 1
    if cache[k][n] > 0:
        return cache[k][n]
    cache[k][n] = binom(k - 1, n - 1) + binom(k - 1, n)
    return cache[k][n]

print([binom(5, n) for n in range(6)])
print(cache[5], cache[0])
try:
    cache = [None] * N
    cache[2][1] = 7
except TypeError as e:
    print("TypeError:", e)
