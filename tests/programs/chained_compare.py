# Chained comparisons and their evaluation order.
def noisy(x, tag):
    print("eval", tag)
    return x

n = 10
for x in [-1, 0, 5, 9, 10, 11]:
    print(x, 0 <= x < n, 0 < x <= n, x == 5 == 5, 1 < 2 < x)

print(1 < 2 < 3 < 4, 1 < 3 < 2 < 4, 3 > 2 > 1, 3 > 2 >= 2 > 1)
print(1 == 1.0, 1 != 1.0, 2 < 2.5 <= 3)
print(noisy(1, "a") < noisy(0, "b") < noisy(5, "c"))
print(noisy(1, "a") < noisy(2, "b") < noisy(5, "c"))
a = 3
b = 3
c = 4
print(a == b < c, a < b == c, a <= b <= c)
if 0 < a < b:
    print("unexpected")
elif a <= b < c:
    print("a <= b < c")
x = 7
print(not 0 < x < 5, not (x < 5))
