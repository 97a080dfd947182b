# Annotations with typing.Literal and typing.BinaryIO are hints only: the program runs as written.
from typing import BinaryIO, List, Literal


def size_name(size: Literal["small", "big"] = "small") -> str:
    return size.upper()


def first_bytes(f: BinaryIO, n: int) -> int:
    return n


def total(xs: List[int], mode: Literal["sum", "max"]) -> int:
    return sum(xs) if mode == "sum" else max(xs)


print(size_name(), size_name("big"))
print(total([3, 1, 4], "sum"), total([3, 1, 4], "max"))
