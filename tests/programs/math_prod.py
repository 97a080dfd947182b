# math.prod(iterable, start=1): the product in order, exact for ints.
import math

print(math.prod(range(1, 21)), math.prod(range(1, 31)))
print(math.prod([]), math.prod([2.5, 4]), math.prod([3, 0.5, 2]))
print(math.prod((x for x in range(1, 6) if x % 2), start=10))
print(math.prod([1.5], start=2), math.prod([], start=7))
print(math.prod(int(d) for d in "123456789"))
