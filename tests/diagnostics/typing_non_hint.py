# Only names that annotate are accepted from `typing`; NamedTuple builds classes at run time.
from typing import List, NamedTuple


def total(xs: List[int]) -> int:
    return sum(xs)


print(total([1, 2]))
