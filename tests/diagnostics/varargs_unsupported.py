# `*args` / `**kwargs` forms the builtin engine still refuses, each with a diagnostic.
def total(*xs):
    return sum(xs)


def named(**kw):
    return kw


class Box:
    def put(self, *items):
        return items


def rebound(*xs):
    return xs


rebound = 3
print(total(1, 2), total(1, 2, 3))
print(total(*[1, 2]))
