# map() with several iterables: one item of each per call, stopping at the shortest.
def add3(a, b, c):
    return a + b + c

xs = [1, 2, 3, 4]
ys = [10, 20, 30]
print(list(map(lambda a, b: a * b, xs, ys)))
print(list(map(add3, xs, ys, range(100, 105))))
print(sum(map(lambda b, e: b ** e, [2, 3, 4], [5, 3, 2])))
words = ["ab", "cd", "ef"]
print(list(map(lambda w, n: w * n, words, range(1, 10))))
print(" ".join(map(str, xs)))
for s in map(lambda a, b: str(a) + ":" + b, range(3), "xyz"):
    print(s)
# Iterators before the shortest lose one item, as in CPython.
def gen(n):
    for i in range(n):
        yield i

g = gen(10)
print(list(map(lambda a, b: a + b, g, [100, 200])))
print(list(g))
print(max(map(lambda a, b: abs(a - b), [3.5, 1.0, 7.25], [1.0, 9.5, 2.0])))
