# Function features the builtin engine still refuses, each with a diagnostic.
import itertools


def gen_outer(n):
    def numbers():
        yield n
    return numbers


def with_default(a):
    def add(x, k=a):
        return x + k
    return add(a)


def show():
    def inner():
        return 1
    print(inner)


def groups(s):
    return [k for k, _ in itertools.groupby(s)]


it = iter([1, 2, 3])
print(with_default(1), gen_outer(2), groups("aab"))
show()
