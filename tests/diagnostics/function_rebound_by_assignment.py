# A module-level function rebound by a later assignment (not right after its `def`): the name
# would be a function and a variable at once, so it is refused, naming both places (the form
# `f = deco(f)` right after `def f` compiles as `@deco`).
def d1(f):
    def g():
        return f() + 2
    return g


def function3():
    return 3


print(function3())
function3 = d1(function3)
print(function3())
