import random

random.seed(42)
print(random.random(), random.randint(1, 6), random.randrange(10), random.randrange(5, 50, 5))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice(xs), random.sample(xs, 3))
print(random.uniform(1, 2), random.gauss(0, 1))
inside = 0
n = 20000
for _ in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(4 * inside / n)
walk = 0
for _ in range(1000):
    walk += random.choice([-1, 1])
print(walk, random.random() < 0.5, [random.randint(0, 9) for _ in range(8)])
