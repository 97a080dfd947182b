# Small version of the Leibniz pi workload from examples/pi.py.
def calculate(iterations, param1, param2):
    result = 1.0
    for i in range(1, iterations + 1):
        j = i * param1 - param2
        result -= (1 / j)
        j = i * param1 + param2
        result += (1 / j)
    return result

for n in [1, 10, 1000, 100_000]:
    r = calculate(n, 4, 1) * 4
    print(n, r, f"Result: {r:.12f}")
