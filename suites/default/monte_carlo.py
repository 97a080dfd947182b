# tags: random, numeric
# difficulty: easy
# case: 1 100
# case: 42 0
# case: 7 1
# case: 3 5000
# timing: 2024 5000000
# Monte Carlo estimates with a seeded random generator: pi from points in
# the unit square, the mean of a dice game, and the birthday paradox.
# argv: seed, number of samples.
import random
import sys

seed, samples = int(sys.argv[1]), int(sys.argv[2])
random.seed(seed)

inside = 0
for _ in range(samples):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate:", 4 * inside / samples if samples else "no samples")

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(samples // 10)]
if rolls:
    print("mean of two dice: %.5f, sevens: %d" % (sum(rolls) / len(rolls), rolls.count(7)))

trials = max(1, samples // 1000)
shared = 0
for _ in range(trials):
    days = [random.randrange(365) for _ in range(23)]
    if len(set(days)) < 23:
        shared += 1
print(f"birthday paradox with 23 people: {shared}/{trials} = {shared / trials:.3f}")
print("uniform:", round(random.uniform(-1, 1), 12), "choice:", random.choice("abcdef"), "gauss:", round(random.gauss(0, 1), 12))
