"""A module docstring, then the future imports CPython 3 accepts (all no-ops there)."""
from __future__ import annotations, division
from __future__ import print_function


def mean(xs: list[int]) -> float:
    return sum(xs) / len(xs)


print(mean([1, 2, 4]), 7 / 2, 7 // 2)
