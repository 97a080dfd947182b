# Generator features the builtin engine refuses: send(), a value returned from a generator, and
# a bound `__next__` kept as a function.
import itertools


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print(avg.send(3))
step = itertools.cycle([1, 2]).__next__
print(step())
