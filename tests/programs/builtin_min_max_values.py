"""`min` / `max` passed as two-argument functions: `reduce`, `accumulate`, `map` over two iterables."""
from functools import reduce
from itertools import accumulate

towers = [1, 5, 3, 7, 2, 4, 6]
left = list(accumulate(towers, max))
right = list(accumulate(reversed(towers), max))[::-1]
print(left, right)
print(list(map(min, left, right)))
print(sum(map(min, left, right)) - sum(towers))
print(reduce(max, [2.5, -1.0, 9.25, 3.0]), reduce(min, ["pear", "apple", "fig"]))
print(list(map(max, "abc", "bab")), reduce(min, towers, 0))
print(reduce(max, [t for t in towers if t > 100]))
