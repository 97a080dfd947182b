# `del xs[a:b]` and extended slices `del xs[::k]` (ludic numbers sieve style), as CPython.
xs = list(range(20))
del xs[:3]
print(xs)
del xs[::4]
print(xs)
del xs[-3:]
print(xs)
del xs[10:2]
print(xs)
del xs[::-3]
print(xs)
lst = list(range(2, 40))
ludic = [1]
while lst:
    ludic.append(lst[0])
    del lst[::lst[0]]
print(ludic)
ys = [1, 2, 3]
k = 0
try:
    del ys[::k]
except ValueError as e:
    print("ValueError:", e)
del ys[1:None]
print(ys)
