# A literal None as a slice bound is an omitted bound, on lists, strs and tuples, in reads,
# stores and deletions.
xs = list(range(10))
print(xs[None:None], xs[None:3], xs[7:None], xs[None:None:-3], xs[None:None:None])
s = "abcdef"
print(s[None:2], s[3:None], s[::None], s[None::-1])
t = (1, 2, 3, 4)
print(t[None:2], t[2:None])
xs[None:2] = [100]
print(xs)
del xs[None:None:2]
print(xs)
