# Errors on `tuple[T, ...]` values: CPython's messages, then an uncaught IndexError.
from itertools import permutations

def parts(n):
    return tuple(range(n))


for n in [1, 2, 3]:
    try:
        a, b = parts(n)
        print("ok", a, b)
    except ValueError as e:
        print("ValueError:", e)
    try:
        x, y, z = parts(n)
        print("ok", x, y, z)
    except ValueError as e:
        print("ValueError:", e)
t = parts(4)
for i in [3, -4, 4, -5]:
    try:
        print(t[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    print(t.index(9))
except ValueError as e:
    print("ValueError:", e)
try:
    print(t.index(0, 1))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(permutations(t, -1)))
except ValueError as e:
    print("ValueError:", e)
print(t[len(t)])
