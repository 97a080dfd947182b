# dataclasses.field(default_factory=...) / field(default=...); a frozen dataclass hashes by its fields.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    count: int = field(default=1)
    seen: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0


a = Item("a")
a.tags.append("x")
a.seen["k"] = 3
b = Item("b", 2.5)
print(a, b, a == Item("a", 0.0, ["x"], 1, {"k": 3}))
print(len(b.tags), Item("c", tags=["t"]).tags)
p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), {p: 1})
print(sorted([Ver(1, 2), Ver(1), Ver(0, 9)]), Ver(1) < Ver(1, 1))
