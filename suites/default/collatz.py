# tags: numeric, containers
# difficulty: easy
# case: 1
# case: 27
# case: 0
# timing: 700000
# Collatz sequences: the starting value below n with the longest chain, using
# a dict cache of known chain lengths; also the full chain for small n.
import sys

limit = int(sys.argv[1])
cache = {1: 1}


def chain_length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length


best, best_len = 0, 0
total = 0
for start in range(1, limit):
    ln = chain_length(start)
    total += ln
    if ln > best_len:
        best, best_len = start, ln

print("limit:", limit)
print("longest chain below limit starts at", best, "with length", best_len)
print("sum of chain lengths:", total)
if 0 < limit <= 100:
    seq = [limit]
    while seq[-1] != 1:
        x = seq[-1]
        seq.append(x // 2 if x % 2 == 0 else 3 * x + 1)
    print(" -> ".join(map(str, seq)))
