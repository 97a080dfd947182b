MAX = 3
def f():
    MAX_ = 7
    return MAX + MAX_
print(f())
