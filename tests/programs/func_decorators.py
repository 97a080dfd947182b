# User function decorators (`@deco`, stacked, `functools.wraps`, `functools.update_wrapper`): `f = deco(f)` after the def.
import functools
from math import factorial


def memoize(func):
    cache = {}

    def memoized(key):
        if key not in cache:
            cache[key] = func(key)
        return cache[key]
    return functools.update_wrapper(memoized, func)


def counted(func):
    calls = [0]

    @functools.wraps(func)
    def wrapper(n):
        calls[0] += 1
        return func(n) + 0 * calls[0]
    return wrapper


@memoize
def fact(n):
    return factorial(n)


@memoize
def cat(n):
    return 1 if n == 0 else sum(cat(i) * cat(n - 1 - i) for i in range(n))


@counted
@memoize
def square(n):
    return n * n


print([fact(2 * n) // fact(n + 1) // fact(n) for n in range(10)])
print([cat(n) for n in range(15)])
print(square(7), square(7))
