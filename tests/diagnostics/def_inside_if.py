FAST = True
if FAST:
    def step(x):
        return x * 100
else:
    def step(x):
        return x + 1
print(step(1))       # CPython 100; C++ 2
