# Methods nothing calls are left out of the C++ (CPython never runs them): here one uses a file,
# one is typed only by its annotations, and a subclass overrides one that is called.
class Shape:
    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def save(self, path: str) -> None:
        with open(path, "w") as f:
            f.write(self.name)

    def scaled(self, factor: list) -> "Shape":
        return Shape(self.name * factor[0])

    def describe(self) -> str:
        return f"{self.name}: {self.area():.2f}"


class Square(Shape):
    def __init__(self, side: float):
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def save(self, path: str) -> None:
        with open(path, "a") as f:
            f.write(str(self.side))


for s in [Shape("point"), Square(1.5)]:
    print(s.describe())
