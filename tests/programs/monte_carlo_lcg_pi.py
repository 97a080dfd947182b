# Monte Carlo estimate of pi with a deterministic linear congruential generator.
def lcg(seed, a=1664525, c=1013904223, m=2 ** 32):
    value = seed
    while True:
        value = (a * value + c) % m
        yield value

def estimate_pi(samples, seed):
    gen = lcg(seed)
    inside = 0
    for _ in range(samples):
        x = next(gen) / 4294967296
        y = next(gen) / 4294967296
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / samples, inside

for seed in [1, 2, 3]:
    est, inside = estimate_pi(20000, seed)
    print(seed, inside, est, f"{est:.5f}")
g = lcg(7)
print(next(g) / 4294967296, next(g) / 4294967296)
uniform = [next(g) % 6 + 1 for _ in range(6000)]
print([uniform.count(face) for face in range(1, 7)])
mean = sum(uniform) / len(uniform)
var = sum([(u - mean) ** 2 for u in uniform]) / len(uniform)
print(mean, var)
