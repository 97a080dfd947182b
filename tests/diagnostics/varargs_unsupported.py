# `*args` / `**kwargs` forms the builtin engine still refuses, each with a diagnostic.
def named(**kw):
    return kw


def rebound(*xs):
    return xs


rebound = 3
print(named(a=1), rebound)
