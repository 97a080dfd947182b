# Python floor division and modulo semantics with negative operands.
pairs = [[7, 2], [-7, 2], [7, -2], [-7, -2], [0, 3], [0, -3], [1, 5], [-1, 5], [1, -5], [-1, -5], [13, 13], [-13, 13], [100, 7], [-100, 7]]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)

fpairs = [[7.5, 2.0], [-7.5, 2.0], [7.5, -2.0], [-7.5, -2.0], [0.5, 0.25], [-0.0, 5.0], [0.0, -5.0], [-1e-20, 1.0], [1e-20, -1.0], [5.3, 1.1]]
for p in fpairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, divmod(a, b))

# mixed int / float
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.0 % -3, -7 // 3.0)
print(divmod(-9, 4.0), divmod(9.0, -4))
big = 9000000000000000000
print(big // 7, big % 7, -big // 7, -big % 7)
print(big // -1000000007, big % -1000000007)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
y = 17
y %= -5
print(y)
z = 10
z /= 4
print(z)
z //= 1
print(z)
z = -2.5
z %= 1
print(z)
