# itertools functions whose function argument and iterable argument both come from calls with
# effects: Python evaluates them left to right (takewhile's predicate first, accumulate's
# iterable first).
from itertools import takewhile, dropwhile, filterfalse, starmap, accumulate, chain


def below(n):
    print("below", n)
    return lambda x: x < n


def nums(k):
    print("nums", k)
    return [1, 3, 5, 7, 2, 9][:k]


def iterate(f):
    def go(x):
        while True:
            yield x
            x = f(x)
    return go


def collatz(n):
    return 3 * n + 1 if n % 2 else n // 2


def hailstone(x):
    def p(n):
        return n != 1
    return list(takewhile(p, iterate(collatz)(x))) + [1]


def scanl(f):
    return lambda a: lambda xs: accumulate(chain([a], xs), f)


def pick(op):
    print("pick", op)
    return lambda a, b: a + b if op == "+" else a * b


print(list(takewhile(below(6), nums(6))))
print(list(dropwhile(below(4), nums(5))))
print(list(filterfalse(below(3), nums(4))))
print(list(starmap(pick("*"), zip(nums(3), nums(4)))))
print(list(accumulate(nums(5), pick("+"))))
print(hailstone(27)[:10], len(hailstone(27)))
print(list(scanl(lambda a, b: a * b)(1)(range(1, 8))))
