for d in (-1, 0, 1):
    print(d)
