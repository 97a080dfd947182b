# `@total_ordering` is supported from `__lt__` alone; a class rooted at `__gt__` is refused.
from functools import total_ordering


@total_ordering
class Box:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(Box(1) > Box(2))
