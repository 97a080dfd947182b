# Function values the builtin engine compiles, used in ways it still refuses.
import itertools


def make(k):
    def add(x):
        return x + k
    return add


f = make(1)
print(f)
print(f(x=2))
print([k for k, _ in itertools.groupby("aab")])
it = iter([1, 2, 3])
print(next(it))
