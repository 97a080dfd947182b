# import typing: typing.X annotations and a typing.NamedTuple base.
import typing
from collections import Counter


class P(typing.NamedTuple):
    x: int
    y: int


def perims(limit: int) -> typing.Counter[int]:
    c: typing.Counter[int] = Counter()
    for a in range(1, limit):
        for b in range(a, limit - a):
            h = int((a * a + b * b) ** 0.5)
            if h * h == a * a + b * b and a + b + h <= limit:
                c[a + b + h] += 1
    return c


def best(xs: typing.List[int]) -> typing.Optional[int]:
    return max(xs) if xs else None


print(perims(60).most_common(2), best([3, 9]), best([]), P(1, 2))
