def gen(n):
    for i in range(n):
        yield i
g = gen(3)
for x in g:
    g = gen(0)
    print(x)
