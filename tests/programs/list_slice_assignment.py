# Assignment to list slices: resize, extended slices, other iterables, the list itself.
xs = list(range(10))
xs[2:5] = [20, 30]
print(xs)
xs[:0] = (-1, -2)
print(xs)
xs[::3] = [0] * len(xs[::3])
print(xs)
xs[-2:] = [7, 8, 9]
print(xs)
perm = [1, 2, 3, 4, 5]
k = 3
perm[:k + 1] = perm[k::-1]
print(perm)
r = 4
perm[:r] = perm[1:r + 1]
print(perm)
ys = [1.5, 2.5]
ys[1:] = range(3)
print(ys)
zs = [0, 1, 2]
zs[1:2] = zs
print(zs)
ws = ["a", "b", "c"]
ws[::-1] = "xyz"
print(ws)
try:
    ws[::2] = ["only one"]
except ValueError as e:
    print("ValueError:", e)
