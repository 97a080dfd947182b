# str.format with automatic, numbered and spec fields.
a = 3
b = 4.5
c = "text"
print("{} and {}".format(a, b))
print("{0} {1} {0}".format(a, c))
print("{1}-{0}".format("first", "second"))
print("{:.6f}".format(b))
print("{:.6f} {:.2f} {}".format(1 / 3, 2 / 3, 1 / 3))
print("Value: {}".format(0.1 + 0.2))
print("{:>6}|{:<6}|{:^6}|".format(a, a, a))
print("{0:.3f} {0:e} {0}".format(12.5))
print("{:,}".format(9876543210))
print("{:5d}|{:05d}".format(42, 42))
print("{} {} {}".format(True, False, -0.0))
print("Sum of {} numbers is {}".format(10, sum(range(10))))
print("{}{}{}".format(1, 2, 3))
for i in range(3):
    print("row {}: {:.2f}".format(i, i * 1.1))
print("{{}} {}".format(7))
