# int(), float(), bool(), str() conversions and mixed int/float arithmetic.
for x in [3.9, -3.9, 0.5, -0.5, 1e15, 123456789.987, -0.0, 2.0 ** 62]:
    print(x, int(x), float(int(x)), str(x), str(int(x)))
for n in [0, 7, -7, 2 ** 53, 2 ** 53 + 1, 10 ** 17 + 1, -(10 ** 18)]:
    print(n, float(n), str(n), int(n), bool(n))
print(float(True), int(False), int(True) + 1, str(True), str(False))
print(1 + 2.0, 3 * 0.5, 7 - 7.0, 2 / 1, 9 / 3, 1 / 8, -1 / 8)
print(10 / 4, 10 // 4, 10.0 // 4, 10 % 4.0, -10 / 4)
a = 7
b = 2
c = a / b
d = a // b
e = a * 1.0
print(c, d, e, c + d, c * d, d - e)
print(int(7 / 2), int(-7 / 2), -7 // 2, round(-7 / 2))
print(3 == 3.0, 3 < 3.5, 4 > 3.99, 2 ** 53 == 2.0 ** 53, 0.1 + 0.2 == 0.3)
s = "n=" + str(42) + ", f=" + str(4.0) + ", g=" + str(1e-9) + ", b=" + str(3 > 2)
print(s, len(s))
print(len(str(2 ** 60)), len(str(0.1 + 0.2)), len(str(-1.5)))
print(str(-0.0) + str(0) + str(1.0))
total = 0
for i in range(1, 101):
    total += i
mean = total / 100
print(total, mean, int(mean), float(total))
print(abs(-5), abs(-5.5), abs(3), abs(-0.0), abs(-9000000000000000000))
print(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max(-1, -2.5), min([4, 2, 8]), max([0.5, 0.25]))
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(2, 2.0))
