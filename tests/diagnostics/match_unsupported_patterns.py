# `match` patterns the builtin engine refuses: mapping patterns, positional class patterns,
# names bound inside `|`.
from dataclasses import dataclass


@dataclass
class P:
    x: int


def f(v, d, p):
    match d:
        case {"k": value}:
            print(value)
    match p:
        case P(x):
            print(x)
    match v:
        case [a] | (a, _):
            print(a)


f([1], {"k": 1}, P(1))
