# Infinite generators consumed with next() a fixed number of times.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def lcg(seed, a=1103515245, c=12345, m=2 ** 31):
    value = seed
    while True:
        value = (a * value + c) % m
        yield value

def primes():
    found = []
    n = 2
    while True:
        is_p = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_p = False
                break
        if is_p:
            found.append(n)
            yield n
        n += 1

def geometric(first, ratio):
    x = first
    while True:
        yield x
        x = x * ratio

def triangle_numbers():
    total = 0
    k = 1
    while True:
        total += k
        k += 1
        yield total

nat = naturals()
print([next(nat) for _ in range(5)])
print(next(nat), next(nat))
nat10 = naturals(start=10)
print(next(nat10), next(nat10))

rng = lcg(42)
vals = [next(rng) for _ in range(8)]
print(vals)
print([v % 100 for v in vals])
rng2 = lcg(42, a=1664525, c=1013904223, m=2 ** 32)
print([next(rng2) % 21 - 10 for _ in range(12)])

pg = primes()
first = []
for i in range(25):
    first.append(next(pg))
print(first)
for i in range(975):
    last = next(pg)
print("1000th prime:", last)

g = geometric(1.0, 0.5)
for i in range(6):
    print(next(g), end=" ")
print()
g2 = geometric(3, 2)
print(next(g2), next(g2), next(g2))
g3 = geometric(1.0, 0.1)
print(next(g3), next(g3), next(g3), next(g3))

tri = triangle_numbers()
t = next(tri)
while t < 1000:
    t = next(tri)
print("first triangle >= 1000:", t)

a = naturals()
b = naturals(100)
for i in range(3):
    print(next(a) + next(b))
