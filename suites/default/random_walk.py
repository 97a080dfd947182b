# tags: random, containers
# difficulty: easy
# case: 3 10 5
# case: 1 0 5
# case: 8 100 1
# timing: 11 4000 800
# Random walks with a seeded generator: lattice walks in 2-D (distance,
# returns to the origin, visited cells), a Gaussian walk and a gambler's
# ruin game. argv: seed, steps per walk, number of walks.
import random
import sys
from math import sqrt

seed, steps, walks = map(int, sys.argv[1:4])
rng = random.Random(seed)
moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
sq_total = 0
returns = 0
visited_total = 0
farthest = 0
for w in range(walks):
    x = y = 0
    seen = {(0, 0)}
    for _ in range(steps):
        dx, dy = rng.choice(moves)
        x += dx
        y += dy
        seen.add((x, y))
        if x == 0 and y == 0:
            returns += 1
    sq_total += x * x + y * y
    visited_total += len(seen)
    farthest = max(farthest, abs(x) + abs(y))
print(f"mean squared distance {sq_total / walks:.3f} (theory {steps})")
print(f"returns to origin {returns}, mean cells visited {visited_total / walks:.3f}, farthest {farthest}")

pos = 0.0
peak = 0.0
for _ in range(steps * walks // 10):
    pos += rng.gauss(0.0, 1.0)
    peak = max(peak, abs(pos))
print(f"gaussian walk ends at {pos:.6f}, peak {peak:.6f}")

ruined = 0
for _ in range(walks):
    money = 10
    for _ in range(steps):
        money += 1 if rng.random() < 0.49 else -1
        if money == 0:
            ruined += 1
            break
print(f"gambler ruined in {ruined} of {walks} games")
print("rms distance / sqrt(steps):", round(sqrt(sq_total / walks) / sqrt(steps), 6) if steps else None)
