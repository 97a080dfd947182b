# round() with one and two arguments: banker's rounding and exact decimal behaviour.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4, 2.6, -2.6, 1e15 + 0.5, 7.0]:
    print(x, round(x))
for x in [2.675, 0.125, 0.375, 1.005, 3.14159, -3.14159, 0.5, 1234.5678, 1e-7, -0.0001]:
    print(x, round(x, 2), round(x, 0), round(x, 3), round(x, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(-1250.0, -2), round(1350.0, -2))
print(round(7), round(-7), round(0))
print(round(2.5) + 1, round(2.5, 0) + 1)
vals = [i / 8 for i in range(-8, 9)]
print([round(v, 1) for v in vals])
print([round(v) for v in vals])
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total, round(total, 4), round(total, 10), round(total))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
