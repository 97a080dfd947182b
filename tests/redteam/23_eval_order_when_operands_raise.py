def f(a, b):
    return a - b
try:
    print(int("x") + int("y"))
except ValueError as e:
    print(e)
try:
    print(f(int("p"), int("q")))
except ValueError as e:
    print(e)
xs = [1, 2, 3]
try:
    print(xs[-4], "abc"[-4])
except IndexError as e:
    print(e)
