"""`*` arguments into `operator` functions imported by name: a tuple's items are the operands."""
from operator import sub, add, mul, lt, neg
import operator

xs = [5, 3, 9, 4]
print([sub(*x) for x in zip(xs[1:], xs)])
ab = (2, 3)
print(add(*ab), mul(*ab), lt(*ab), neg(*(7,)))
print(add(10, *(5,)), operator.mul(*(6, 7)))
words = [("ab", "cd"), ("x", "")]
print([add(*w) for w in words])
pairs = [(1.5, 2), (3, 4.25)]
print([mul(*p) for p in pairs])
