# match statements: literals, |, captures, guards, sequence patterns with *rest, class patterns with keywords, as.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def classify(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case x if x < 0:
            return f"negative {x}"
        case _:
            return "big"


def command(words):
    match words:
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item]:
            return f"picking {item}"
        case ["drop", *items]:
            return f"dropping {len(items)}: {items}"
        case [first, *_, last]:
            return f"{first}..{last}"
        case []:
            return "nothing"
        case _:
            return "?"


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case Point(x=xx, y=0) as q:
            return f"on the x axis at {xx} ({q})"
        case _:
            return "elsewhere"


def status(code):
    match code:
        case 200:
            label = "ok"
        case 404:
            label = "not found"
        case None:
            label = "none"
        case other:
            label = f"other {other}"
    return label


for n in [0, 2, -5, 10]:
    print(classify(n))
for w in [["go", "north"], ["pick", "up", "key"], ["drop", "a", "b"], ["a", "b", "c", "d"], [], ["x"]]:
    print(command(w))
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1)]:
    print(where(p))
for c in [200, 404, None, 500]:
    print(status(c))
