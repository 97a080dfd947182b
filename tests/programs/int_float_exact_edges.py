# Exactness edges: large int / int true division is correctly rounded, and
# int-vs-float comparisons are exact (not done by converting the int to float).
big = 1000000000000000032
print(big / 3, big / 7, (big + 5) / 3)
print(9007199254740993 / 1, 9007199254740993 / 3, -9007199254740993 / 3)
print(9223372036854775807 / 10, 9223372036854775807 / 9223372036854775806)
print(123456789012345678 / 1000, 2 ** 62 / 3, (2 ** 62 + 1) / 2)
x = 2 ** 53 + 1
f = 2.0 ** 53
print(x == f, x > f, x >= f, f < x, x != f, x - 1 == f)
print(10 ** 18 + 1 > 1e18, 10 ** 18 + 1 == 1e18, 10 ** 18 == 1e18)
print(float(x), x + 0.0, x * 1.0, float(2 ** 53 + 3))
print(max(x, f), min(x, f))
print(7 / 7, 1 / 3, 22 / 7, 10 ** 15 / 10 ** 10, -1 / 3)
