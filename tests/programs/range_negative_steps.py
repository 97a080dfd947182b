# range() with one, two and three arguments, including negative steps.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 3)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, -5, -2)))
print(list(range(0)), list(range(-3)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(len(list(range(0, 100, 7))), len(list(range(100, 0, -7))), len(list(range(-10))))
total = 0
for i in range(100, -1, -5):
    total += i
print(total)
for i in range(-1, -10, -2):
    print(i, end=",")
print()
n = 7
for i in range(n - 1, -1, -1):
    print(i, end=" ")
print()
steps = 0
for i in range(3, 1000000, 99991):
    steps += 1
print(steps, i)
for i in range(3):
    pass
print("last i", i)
acc = []
for i in range(2):
    for j in range(i, -1, -1):
        acc.append(i * 10 + j)
print(acc)
