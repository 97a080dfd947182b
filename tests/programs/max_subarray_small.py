# Brute-force and Kadane maximum subarray with an LCG generator; max_sum starts at -inf.
def lcg(seed, a=1664525, c=1013904223, m=2 ** 32):
    value = seed
    while True:
        value = (a * value + c) % m
        yield value

def max_subarray_brute(xs):
    n = len(xs)
    max_sum = float('-inf')
    for i in range(n):
        current_sum = 0
        for j in range(i, n):
            current_sum += xs[j]
            if current_sum > max_sum:
                max_sum = current_sum
    return max_sum

def kadane(xs):
    best = float('-inf')
    cur = 0
    for x in xs:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best

def max_subarray_sum(n, seed, min_val, max_val):
    lcg_gen = lcg(seed)
    random_numbers = [next(lcg_gen) % (max_val - min_val + 1) + min_val for _ in range(n)]
    return max_subarray_brute(random_numbers), kadane(random_numbers)

def total_max_subarray_sum(n, initial_seed, min_val, max_val, runs=5):
    total_sum = 0
    lcg_gen = lcg(initial_seed)
    for _ in range(runs):
        seed = next(lcg_gen)
        brute, fast = max_subarray_sum(n, seed, min_val, max_val)
        print("run seed", seed, "->", brute, fast)
        total_sum += brute
    return total_sum

print(max_subarray_brute([]), kadane([]))
print(max_subarray_brute([-3, -1, -2]), kadane([-3, -1, -2]))
print(max_subarray_brute([2, -1, 2, 3, -9, 4]), kadane([2, -1, 2, 3, -9, 4]))
print(max_subarray_brute([1.5, -0.5, 2.0]), kadane([1.5, -0.5, 2.0]))
result = total_max_subarray_sum(200, 42, -10, 10)
print("Total Maximum Subarray Sum (5 runs):", result)
print(total_max_subarray_sum(50, 7, -100, 5, runs=3))
