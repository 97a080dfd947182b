# tags: numeric
# difficulty: easy
# case:
# case: 7 < seed.txt
# timing: 100000
def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count

best = 0
best_n = 1
for i in range(1, 3000):
    s = steps(i)
    if s > best:
        best = s
        best_n = i
print(best_n, best)
