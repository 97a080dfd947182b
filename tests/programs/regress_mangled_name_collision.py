new_ = 10
def f():
    new = 1
    return new + new_
print(f())
