# `*args` / `**kwargs` forms the builtin engine still refuses, each with a diagnostic.
def outer():
    def named(**kw):
        return kw

    return named(a=1)


def rebound(*xs):
    return xs


rebound = 3
print(outer(), rebound)
