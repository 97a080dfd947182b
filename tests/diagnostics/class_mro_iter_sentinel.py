# Things CPython has that the port does not model are unsupported, not the program's type errors:
# a class's `mro()` and the two-argument `iter(callable, sentinel)`.
class Base:
    pass


class Child(Base):
    pass


print(Child.mro())
data = [3, 2, 1, 0]


def take():
    return data.pop(0)


for c in iter(take, 0):
    print(c)
