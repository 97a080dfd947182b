# 0/1 knapsack and coin change with dynamic programming tables.
def knapsack(weights, values, capacity):
    n = len(weights)
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w = weights[i - 1]
        v = values[i - 1]
        for c in range(capacity + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= weights[i - 1]
    chosen.reverse()
    return dp[n][capacity], chosen

def coin_ways(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]

def min_coins(coins, amount):
    inf = float('inf')
    best = [inf] * (amount + 1)
    best[0] = 0.0
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    if best[amount] == inf:
        return -1
    return int(best[amount])

weights = [12, 7, 11, 8, 9, 5, 14, 3, 6, 10]
values = [24, 13, 23, 15, 16, 9, 30, 5, 11, 19]
for cap in [0, 10, 26, 50, 100]:
    print(cap, knapsack(weights, values, cap))
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
print(coin_ways([2, 3], 7), coin_ways([3], 7))
print(min_coins([1, 5, 10, 25], 63))
print(min_coins([5, 10], 3))
print(min_coins([4, 7], 29))
