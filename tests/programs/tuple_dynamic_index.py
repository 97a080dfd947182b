# Tuples indexed by a value known only at run time (homogeneous or numeric items).
from itertools import permutations
t = (3, 1, 4)
for i in range(3):
    print(t[i], t[-i - 1])
n = 0
for p in permutations(range(5), 5):
    if all(p[i] != i for i in range(5)):
        n += 1
print(n)
m = (1, 2.5)
j = 1
print(m[j], m[0 * j])
try:
    print(t[j + 5])
except IndexError as e:
    print(e)
