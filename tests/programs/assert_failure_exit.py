# Passing asserts, then a failing assert ends the program with status 1.
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in [0, 1, 15, 16, 17, 1000000, 999999999999]:
    r = isqrt_newton(n)
    assert r * r <= n < (r + 1) * (r + 1), "bad root"
    print(n, r)
assert 1 + 1 == 2
total = sum([isqrt_newton(k) for k in range(100)])
print("total", total)
assert total % 2 == 0, "total should be even"
print("never printed")
