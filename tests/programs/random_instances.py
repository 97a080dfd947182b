# `random.Random(seed)` instances: each a generator of its own, independent of the module's.
import random

a = random.Random(42)
b = random.Random(42)
c = random.Random("seed")
random.seed(42)
print(a.random(), b.random(), random.random())
print([a.randint(1, 6) for _ in range(10)])
print([b.randint(1, 6) for _ in range(10)])
print(c.randrange(100), c.randrange(10, 20), c.randrange(0, 100, 7))
moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
print([a.choice(moves) for _ in range(5)])
xs = list(range(10))
a.shuffle(xs)
print(xs)
print(a.sample(range(100), 5), round(a.uniform(1.0, 2.0), 12), round(a.gauss(0.0, 1.0), 12))


def walk(rng, n):
    x = 0
    for _ in range(n):
        x += 1 if rng.random() < 0.5 else -1
    return x


print(walk(random.Random(7), 1000), walk(random.Random(7), 1000), walk(b, 10))
b.seed(42)
print(b.random())
shared = a
shared.random()
print(a.random() == random.Random(42).random())
