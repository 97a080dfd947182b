# `id(a) == id(b)` and `is` between lists, dicts and sets; `filter(None, xs)`; methods called
# through their type (`int.bit_count(x)`, `str.upper(s)`).
def merge(a, b):
    if id(a) == id(b):
        return "same"
    if id(a) != id(b):
        return "different"

xs = [1, 2]
ys = xs
zs = [1, 2]
print(merge(xs, ys), merge(xs, zs))
lines = ["a", "", "b", "", "c"]
print(list(filter(None, lines)), list(filter(None, [0, 1, 2, 0, 3])))
print(int.bit_count(13), str.upper("abc"), str.split("a b c"), float.is_integer(2.0), int.bit_length(1024))
print(" ".join(map(str.strip, [" x ", "y "])))
d1 = {1: 2}
d2 = d1
s1 = {1}
print(d1 is d2, d1 is {1: 2}, s1 is not s1, xs is ys, xs is not zs)
