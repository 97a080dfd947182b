# Names from collections.abc (and more typing names) only annotate; `import collections.abc`
# binds `collections`.
import collections.abc
from collections.abc import Iterable, Iterator, Sequence, Callable
from typing import Deque, DefaultDict, Self


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def evens(n: int) -> Iterator[int]:
    for i in range(0, n, 2):
        yield i


def apply(f: Callable[[int], int], xs: Sequence[int]) -> list[int]:
    return [f(x) for x in xs]


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def bump(self) -> Self:
        self.v += 1
        return self


def window(xs: collections.abc.Sequence[int]) -> Deque[int]:
    d: Deque[int] = collections.deque(xs, maxlen=2)
    return d


counts: DefaultDict[str, int] = collections.defaultdict(int)
for w in "a b a".split():
    counts[w] += 1
print(total([1, 2, 3]), list(evens(7)), apply(lambda x: x * x, [1, 2]), Box(1).bump().bump().v)
print(window([1, 2, 3]), dict(counts))
