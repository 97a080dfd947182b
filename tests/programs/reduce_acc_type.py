# functools.reduce whose function returns another type than the items: the
# accumulator starts as the first item and then holds the results, so with one
# item the result is that item unchanged (an int, not 3.0).
from functools import reduce
from operator import add, mul

print(reduce(lambda a, b: a / b, [3]))
print(reduce(lambda a, b: a / b, [1, 2, 4]))
print(reduce(lambda a, b: str(a) + str(b), [7]))
print(reduce(lambda a, b: str(a) + str(b), range(1, 11)))
nums = range(1, 11)
print(reduce(add, nums), reduce(mul, nums))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(lambda a, b: a / b, [])
except TypeError as e:
    print("TypeError:", e)
