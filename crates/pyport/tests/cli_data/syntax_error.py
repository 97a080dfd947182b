# Two syntax errors: a dangling operator and a bracket that is never closed.
def half(x):
    return x /

print(half(4)
