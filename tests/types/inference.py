# Each `# type:` comment states the type pyport must infer for the variable assigned on that line.
import math


def scale(v, factor=2):
    out = v * factor  # type: int | float
    return out


def mean(xs):
    total = 0.0  # type: float
    for x in xs:
        total += x
    return total / len(xs)


def count_up(limit):
    n = 0  # type: int
    while n < limit:
        yield n
        n += 1


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


a = scale(3)  # type: int | float
b = scale(2.5, factor=4)  # type: int | float
m = mean([1.0, 2.5])  # type: float
gen = count_up(3)  # type: Generator[int]
first = next(gen)  # type: int
grid = [[0] * 3 for _ in range(3)]  # type: list[list[int]]
pairs = list(zip([1, 2], ["a", "b"]))  # type: list[tuple[int, str]]
where = find([4, 5], 5)  # type: int | None
best = None  # type: float | None
for d in [2.5, 1.5]:
    if best is None or d < best:
        best = d
root = math.sqrt(16)  # type: float
floor = math.floor(2.5)  # type: int
q, r = divmod(17, 5)
quot = q  # type: int
mixed = [1, 2.5]  # type: list[int | float]
flag = 3 > 2 and root > 1  # type: bool
label = f"{root:.2f}"  # type: str
power = 2 ** 10  # type: int
inverse = 2 ** -1  # type: float
shared = []  # type: list[float]
alias = shared
alias.append(1.5)
