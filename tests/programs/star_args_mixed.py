# `max(a, *b)`, `zip(x, *rows)`, `chain(x, *rows)`: positional arguments beside `*` arguments.
a = [3, 9, 2]
b = [7, 1]
print(max(*a, *b), min(*a, *b))
print(max(0, *a), min(*b, 100, -1))
rows = [[1, 2], [3, 4]]
print(list(zip([9, 8], *rows)))
import itertools
print(list(itertools.chain([0], *rows)))
print(max(*a, 4.5), min(2.5, *b))
try:
    print(max(*[7]))
except TypeError as err:
    print("TypeError:", err)
try:
    print(min(*[1.5]))
except TypeError as err:
    print("TypeError:", err)
