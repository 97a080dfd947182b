def naturals():
    n = 0
    while True:
        n += 1
        yield n

print(any(n * n > 50 for n in naturals()))
