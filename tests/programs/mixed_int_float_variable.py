# A variable that holds an int at one point and a float at another.
def best_of(xs):
    best = float('-inf')
    for x in xs:
        if x > best:
            best = x
    return best

print(best_of([3, -1, 7, 2]))
print(best_of([]))
print(best_of([-5]))

def worst_of(xs):
    worst = float('inf')
    for x in xs:
        if x < worst:
            worst = x
    return worst

print(worst_of([3, -1, 7, 2]))
print(worst_of([]))

v = 10
print(v)
v = v / 4
print(v)
v = int(v * 4)
print(v)
v += 0.5
print(v)
v = round(v)
print(v)

acc = 0
for i in range(1, 6):
    if i == 3:
        acc = acc + 0.5
    else:
        acc = acc + i
    print(i, acc)

m = float('-inf')
m = max(m, 5)
print(m)
m = max(m, 4.5)
print(m)
m = max(m, 9)
print(m)

def halve_if_odd(n):
    if n % 2 == 1:
        return n / 2
    return n // 2

for n in range(1, 7):
    print(n, halve_if_odd(n))

score = 0
values = [4, 8, 15, 16, 23, 42]
for i, x in enumerate(values):
    if i % 3 == 2:
        score = score / 2
    else:
        score = score + x
    print(f"step {i}: score={score}")
