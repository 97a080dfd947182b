def g(x):
    yield [x, x]

for v in g(3):
    print(v)
