# A parameter defaulting to None that no call gives holds only None: the branch that would use it
# as something else (`list(iterable)`, `for x in items`) is dead code, neither inferred nor emitted.
from typing import Iterable, Optional


class Stack:
    def __init__(self, iterable: Optional[Iterable[int]] = None) -> None:
        self.items: list[int] = [] if iterable is None else list(iterable)
        if iterable is not None:
            for x in iterable:
                self.items.append(x * 2)
        elif len(self.items) == 0:
            self.items.append(-1)

    def push(self, x: int) -> None:
        self.items.append(x)


def total(xs, weights=None, start=None):
    if start is None:
        s = 0
    else:
        s = start.value
    for i, x in enumerate(xs):
        s += x if weights is None else x * weights[i]
    if not (weights is None):
        print("weighted")
    return s


def maybe(flag, seed=None):
    # `seed` may be given here: an Optional, tested at run time as before.
    return 0 if seed is None else seed + flag


s = Stack()
s.push(3)
print(s.items)
print(total([1, 2, 3]), maybe(1), maybe(1, 5))


# Bound methods of lists that stay empty (their items have no type): kept as values, never called
# with an item.
class Pipe:
    def __init__(self):
        self._in = []
        self._out = []

    def drain(self):
        pop_in = self._in.pop
        push_out = self._out.append
        while self._in:
            push_out(pop_in())
        return len(self._out)


print(Pipe().drain())
