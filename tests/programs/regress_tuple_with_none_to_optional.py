def f(x):
    if x:
        return 0, None
    return 1, 5
print(f(True), f(False))
