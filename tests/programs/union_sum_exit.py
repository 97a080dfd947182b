# sum() of values of several types (`int | float | str`): the numbers add up as int-or-float until
# a str item, where CPython raises TypeError.
def cell(i):
    if i % 4 == 3:
        return "x"
    if i % 2:
        return i / 2
    return i


print(sum([cell(i) for i in range(3)]))
print(sum(cell(i) for i in [0, 2, 4]))
print(sum([cell(i) for i in range(5)], 100))
