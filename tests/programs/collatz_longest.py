# Longest Collatz chain below a limit, with a cache list.
def collatz_len(n, cache):
    steps = 0
    m = n
    while m >= len(cache) or cache[m] == 0:
        if m % 2 == 0:
            m = m // 2
        else:
            m = 3 * m + 1
        steps += 1
        if m == 1:
            break
    if m < len(cache):
        return steps + cache[m]
    return steps

limit = 30000
cache = [0] * limit
cache[1] = 1
best = 1
best_len = 1
for i in range(2, limit):
    length = collatz_len(i, cache)
    cache[i] = length
    if length > best_len:
        best_len = length
        best = i
print("longest chain under", limit, "starts at", best, "length", best_len)
print(cache[1:20])
print(cache[27], cache[97], cache[871])

peak = 0
n = 77031
while n != 1:
    if n > peak:
        peak = n
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
print("peak for 77031:", peak)
