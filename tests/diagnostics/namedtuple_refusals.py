# namedtuple forms the builtin engine refuses: invalid field names (CPython's ValueError), a class
# made inside a function, several names bound at once, and options other than `defaults=`.
from collections import namedtuple

Bad = namedtuple("Bad", "x _y")
Twice = namedtuple("Twice", "a a")
A = B = namedtuple("AB", "u v")
R = namedtuple("R", "p q", rename=True)


def make():
    Local = namedtuple("Local", "k")
    return Local(1)


print(make())


class Node(namedtuple("Node_", "val back")):
    def __lt__(self, other):
        return self.val < other.val
