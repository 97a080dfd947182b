# Generator functions consumed by next() and by for loops.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def fib_upto(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")

def squares(n, offset=0):
    for i in range(n):
        yield i * i + offset

g = fib()
for i in range(10):
    print(next(g), end=" ")
print()
print("after 10:", next(g), next(g))

for i in range(75):
    v = next(g)
print("fib 87 =", v)

total = 0
count = 0
for x in fib_upto(1000000):
    total += x
    count += 1
print("count:", count, "sum:", total)

for c in countdown(5):
    print("tick", c)

print([s for s in squares(6)])
print([s for s in squares(4, offset=10)])
evens = [x for x in fib_upto(10000) if x % 2 == 0]
print(evens)

g1 = squares(3)
g2 = squares(3, 100)
print(next(g1), next(g2), next(g1), next(g2), next(g1), next(g2))
