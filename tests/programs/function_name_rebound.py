# A module-level function's name bound again by an assignment (the "30 Days of Python" style:
# `sum_numbers = reduce(...)` after `def sum_numbers`): module-level code before the assignment
# sees the function, code after it the new value.
from functools import reduce


def sum_numbers(nums):
    return sum(nums)


def apply(func, lst):
    return func(lst)


def add_two(f):
    def g():
        return f() + 2
    return g


def three():
    return 3


print(apply(sum_numbers, [1, 2, 3]), sum_numbers([4, 5]))
print(three())
three = add_two(three)
print(three(), three())
numbers = [1, 2, 3, 4, 5]
sum_numbers = reduce(lambda x, y: x + y, numbers)
print("Sum using reduce:", sum_numbers, sum_numbers * 2)


def square(x):
    return x ** 2


def pick(kind):
    if kind == "square":
        return square
    elif kind == "neg":
        return lambda x: -x


print(pick("square")(3), pick("neg")(3))
try:
    print(pick("cube")(3))
except TypeError as e:
    print("TypeError:", e)
