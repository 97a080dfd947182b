def counter():
    n = 0
    while True:
        n += 1
        yield n

g = counter()
print("{} {}".format(next(g), next(g)))
print(divmod(next(g), next(g)))
