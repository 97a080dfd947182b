# The pre-ternary idiom `test and value or other`.
def first_divisor(n):
    q = n % 2 == 0 and 2 or 3
    while q * q <= n and n % q:
        q += 2
    return q

for n in (10, 9, 25, 49, 35):
    print(n, first_divisor(n))
for x in (0, 1, 5):
    print(x and "yes" or "no", x > 2 and (x, x) or (0, 0))
xs = []
print(len(xs) > 0 and "some" or "none", xs and 1 or 2)
k = 3
label = k == 1 and "one" or k == 2 and "two" or "many"
print(label)
# A value that may be false is not the idiom: `and` may hand `or` its false operand.
for v in (0, 4):
    print(v > 1 and v or -1, True and 0 or 9)
