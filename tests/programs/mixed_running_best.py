# More int/float mixing: accumulators and bests that change type at runtime.
def best_ratio(nums, dens):
    best = float('-inf')
    best_i = -1
    for i in range(len(nums)):
        if dens[i] == 0:
            continue
        r = nums[i] / dens[i]
        if r > best:
            best = r
            best_i = i
    return best, best_i

def first_over(xs, limit):
    found = float('nan')
    for x in xs:
        if x > limit:
            found = x
            break
    return found

print(best_ratio([3, 5, 9], [2, 0, 4]))
print(best_ratio([1], [0]))
print(first_over([1, 5, 12, 40], 10), first_over([1, 2], 10))

lowest = float('inf')
for v in [17, 4, 9, 4, 11]:
    if v < lowest:
        lowest = v
        print("new lowest", lowest)
print("lowest", lowest, lowest * 2, lowest / 2)

x = 0
for k in range(6):
    if k % 2 == 0:
        x += k
    else:
        x = x * 1.5
    print(k, x)

total = 1
for d in [2, 4, 5]:
    total = total / d if total > 1 else total * d * 3
    print(total)

price = 100
price = price * 1.1
print(price)
price = round(price)
print(price, price + 1)
price = price - 0.01
print(price)
count = 0
count += 0.0
print(count)
count = int(count) + 3
print(count)
