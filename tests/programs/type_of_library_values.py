# type() of values of library classes names their module, as CPython prints it
# (`<class 'fractions.Fraction'>`); `__name__` does not.
from fractions import Fraction
from collections import deque, Counter, defaultdict, OrderedDict

c = Fraction(3, 7)
print(type(c.limit_denominator(8)), type(c), type(deque([1])), type(Counter("ab")))
print(type(defaultdict(int)), type(OrderedDict()))
print(type(c).__name__, type(deque()).__name__, type(Counter()).__name__)
