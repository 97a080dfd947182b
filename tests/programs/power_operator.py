# The ** operator: int, float, negative exponents, precedence.
print(2 ** 10, 2 ** 62, 3 ** 39, (-2) ** 61 + 1, 10 ** 18, 7 ** 0, 0 ** 0, 1 ** 100)
print(-2 ** 2, (-2) ** 2, (-2) ** 3, -(2 ** 3), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3))
print(2.0 ** 10, 1.5 ** 2, (-1.5) ** 3, (-8.0) ** 2, 10.0 ** -5, 0.0 ** 0, 2.0 ** 0.5)
print(1.0000001 ** 1000000, 0.5 ** 1074, 2.0 ** 1023, 1e10 ** 10)
b = 3
e = 13
result = 1
base = b
exp = e
while exp > 0:
    if exp % 2 == 1:
        result *= base
    base *= base
    exp //= 2
print(result, b ** e)

def mod_pow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp //= 2
    return result

print(mod_pow(2, 100, 1000000007), mod_pow(3, 200, 1000000009), mod_pow(7, 0, 13))
x = 5
x **= 3
print(x)
y = 2.0
y **= -2
print(y)
for n in range(0, 63, 9):
    print(n, 2 ** n, 2.0 ** n, 2.0 ** -n, 0.5 ** n)
