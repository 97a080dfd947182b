# A module-level function rebound by a later assignment while another function's body reads the
# name (which of the two that body sees depends on when it runs): the name would be a function
# and a variable at once, so it is refused, naming both places. (Reads only by module-level code
# compile: each sees the binding of its place; `f = deco(f)` right after `def f` is `@deco`.)
def d1(f):
    def g():
        return f() + 2
    return g


def function3():
    return 3


def caller():
    return function3()


print(caller())
function3 = d1(function3)
print(caller())
