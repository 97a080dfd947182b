# Only names that annotate are accepted from `typing`; TypedDict builds classes at run time.
from typing import List, TypedDict


def total(xs: List[int]) -> int:
    return sum(xs)


print(total([1, 2]))
