# Decorating by assignment right after the `def` (the pre-`@` style of Nuitka's decorator tests):
# `f = outer()(inner()(f))` is `@outer() @inner() def f`, on top of decorators already there.
def deco_returner1():
    print("making decorator 1")

    def deco(f):
        def g():
            return f() + 1
        return g
    return deco


def deco_returner2():
    print("making decorator 2")

    def deco(f):
        def g():
            return f() * 10
        return g
    return deco


def twice(f):
    def g():
        return f() + f()
    return g


def function3():
    return 3
function3 = deco_returner1()(deco_returner2()(function3))


@twice
def function4():
    return 4
function4 = deco_returner2()(function4)


def scale(x):
    return x * 2
scale = (lambda f: lambda x: -f(x))(scale)

print(function3(), function4(), scale(5))
