# Small gaps from real programs: `typing` names used only in annotations, isinstance() of a value
# whose type is known statically (bool is an int), reversed() of a deque, and
# Fraction.as_integer_ratio().
from collections import deque
from fractions import Fraction
from typing import Dict, List, Optional, Tuple


def total(xs: List[int]) -> int:
    return sum(xs)


def lookup(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)


def pair(a: int, b: int) -> Tuple[int, int]:
    return (a, b)


print(total([1, 2, 3]), lookup({"a": 1}, "a"), lookup({"a": 1}, "b"), pair(3, 4))

n = 7
flag = n > 3
ratio = n / 2
words = ["x", "y"]
print(isinstance(n, int), isinstance(flag, int), isinstance(flag, bool), isinstance(n, bool))
print(isinstance(ratio, int), isinstance(ratio, float), isinstance(ratio, (int, float)))
print(isinstance(words, list), isinstance(words, (dict, set)), isinstance("s", str), isinstance((1, 2), tuple))
print([isinstance(v, int) for v in range(3)])

q = deque(["a", "b", "c"])
q.appendleft("z")
print(list(reversed(q)), "".join(reversed(q)))
for s in reversed(q):
    print(s, end=" ")
print()
d = deque([1, 2, 3])
try:
    for v in reversed(d):
        d.append(v)
except RuntimeError as e:
    print("RuntimeError:", e)

f = Fraction(-6, 4)
num, den = f.as_integer_ratio()
print(num, den, Fraction(5).as_integer_ratio(), (f * 3).as_integer_ratio())


def hof(n):
    if n < 1 or type(n) != int:
        raise ValueError("n must be an int >= 1")
    return n * 2


print(hof(5), type(flag) is int, type(flag) is bool, type(n) == int, type(ratio) is not float, type(words) == list)
try:
    hof(0)
except ValueError as e:
    print("ValueError:", e)
print(type(n).__name__, type(words).__name__, type(flag).__name__, type((1, "a")).__name__, type(ratio).__name__)
