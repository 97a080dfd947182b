# Starred assignment targets: `first, *rest = xs`, in for loops, from strs and tuples.
line = "push 3 4 5"
op, *args = line.split()
print(op, args, len(args))
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "python"
print(a, mid, z)
h, *t = (1, 2.5, 3)
print(h, t)
x, *nothing = [7]
print(x, nothing)
for name, *scores in [("ann", 3, 4), ("bob", 5, 6)]:
    print(name, sum(scores), scores)
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError:", e)
