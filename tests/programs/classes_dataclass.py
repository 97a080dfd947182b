from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    label: str = "final"


p = Point(3, -4)
q = Point(3)
print(p, q, p.norm1())
print(p == Point(3, -4), p == q, [p, q])
vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0)]
print(sorted(vs))
print(max(vs), min(vs).label, Version(1, 2) in vs)
