# Float accumulation order: sum() of floats in CPython 3.11 adds left to right.
print(sum([0.1] * 10))
print(sum([0.1, 0.2, 0.3]))
print(sum([1e16, 1.0, -1e16]))
print(sum([1.0, 1e100, 1.0, -1e100]))
print(sum([0.1 * i for i in range(100)]))
print(sum([1 / i for i in range(1, 1001)]))
print(sum(range(101)), sum([]), sum([2.5]))
print(sum([1, 2, 3]) / 3, sum([1, 2]) + 0.5)
acc = 0.0
for i in range(10):
    acc += 0.1
print(acc, acc == 1.0)
acc = 0
for i in range(1, 11):
    acc += 1 / i ** 2
print(acc)
x = 1.0
while x + 1.0 != x:
    x *= 2.0
print("first power of two with x + 1 == x:", x)
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
print("machine epsilon:", eps)
kahan_sum = 0.0
c = 0.0
naive = 0.0
for i in range(10000):
    y = 0.0001 - c
    t = kahan_sum + y
    c = (t - kahan_sum) - y
    kahan_sum = t
    naive += 0.0001
print(naive, kahan_sum)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
