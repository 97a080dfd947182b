# List methods: append, pop, insert, index, count, sort, reverse, extend, copy.
xs = [5, 3, 8]
xs.append(1)
xs.append(8)
print(xs, len(xs))
print(xs.pop(), xs)
print(xs.pop(0), xs)
print(xs.pop(-2), xs)
xs.insert(0, 42)
xs.insert(2, 7)
xs.insert(100, 99)
xs.insert(-1, -1)
print(xs)
print(xs.index(7), xs.index(99), xs.count(8), xs.count(1000))
xs.extend([1, 2, 3])
xs.extend(xs[:2])
print(xs)
ys = xs.copy()
ys.sort()
print(ys, xs)
ys.reverse()
print(ys)
zs = sorted(xs)
print(zs, sorted(xs, reverse=True))
print(min(xs), max(xs), sum(xs))
print(3 in xs, 4 in xs, 4 not in xs, 42 not in xs)
xs[0] = -5
xs[-1] = 1000
print(xs)
a = [1, 2] + [3] + []
b = [0] * 5
c = [1, 2] * 3
print(a, b, c, [7] * 0, [7, 8] * 1)
a += [4, 5]
print(a)
a *= 2
print(a)
fl = [2.5, -1.0, 0.0]
fl.append(3.75)
fl.sort()
print(fl, fl.index(3.75), sum(fl), max(fl), min(fl))
bs = [True, False, True]
bs.append(False)
print(bs, bs.count(True), sum(bs))
strs = ["pear", "apple"]
strs.append("fig")
strs.insert(1, "kiwi")
print(strs, len(strs), strs[-1], strs.pop(0), strs)
nested = [[1, 2], [3]]
nested.append([4, 5, 6])
nested[1].append(30)
print(nested, len(nested), len(nested[2]))
inner = nested.pop()
print(inner, nested)
empty = []
empty.append(1.5)
print(empty)
lst = list(range(10))
lst.reverse()
print(lst)
print(list(range(3, 0, -1)), list(range(0)))
stack = []
for i in range(5):
    stack.append(i * i)
while len(stack) > 0:
    print("pop", stack.pop(), end="; ")
print()
q = [1, 2, 3]
alias = q
alias.append(4)
print(q, alias)
cp = q.copy()
cp.append(5)
print(q, cp)
