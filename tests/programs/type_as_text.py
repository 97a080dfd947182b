# type(x) as a value: CPython's text <class 'int'> (a program's own classes are in __main__).
class Foo:
    pass


class Bar(Foo):
    pass


def describe(x):
    return f"got {type(x)}"


for v in [1, 2.5]:
    print(describe(v), type(v) == type(1), type(v).__name__)
print(type("s"), type([1]), type((1, 2)), type({1: 2}), type(None), type(True), f"{type(2 ** 70)}")
objs = [Foo(), Bar()]
for o in objs:
    print(type(o), type(o) == type(objs[0]), str(type(o)))
print(type(3) == int, type(3.0) is float)
