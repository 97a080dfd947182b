# The operator module: its functions as values (map, reduce, sorted keys) and called directly;
# itemgetter/attrgetter with one constant argument (several, dotted names and methodcaller: operator_getters.py).
from operator import mul, add, itemgetter, neg, lt
import operator
from functools import reduce

def fact(n):
    return reduce(mul, range(1, n + 1), 1)

print(fact(25))
xs = [3, 1, 2]
ys = [10, 20, 30]
print(sum(map(mul, xs, ys)))
print(reduce(add, ["a", "b", "c"]))
pairs = [(1, "z"), (3, "a"), (2, "m")]
print(sorted(pairs, key=itemgetter(1)))
print(max(pairs, key=operator.itemgetter(0)))
print(list(map(neg, xs)))
print(list(map(operator.sub, ys, xs)))
print(reduce(operator.xor, [5, 3, 9]))
print(list(map(lt, xs, [2, 2, 2])))
print(mul(6, 7), operator.add(1, 2))
