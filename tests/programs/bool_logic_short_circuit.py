# and / or / not, short-circuit evaluation, bool() and truthiness of numbers.
def check(tag, value):
    print("  check", tag)
    return value

print(True and False, True or False, not True, not 0, not 0.0, not 3)
print(bool(0), bool(1), bool(-2), bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')), bool(True))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0.0 or 5.5, 2.5 and 0.0)
print(check("a", False) and check("b", True))
print(check("c", True) and check("d", False))
print(check("e", True) or check("f", False))
print(check("g", False) or check("h", True))
print(not check("i", False) and check("j", 1 > 0))
x = 5
if x > 3 and x < 10:
    print("in range")
if x < 3 or x == 5:
    print("small or five")
if not (x % 2 == 0):
    print("odd")
flags = [True, False, True, True]
count = 0
for f in flags:
    if f:
        count += 1
print(count, True + True, True * 10, False - 1, True / 2)
a = 0
b = 7
if a:
    print("a truthy")
elif b:
    print("b truthy")
n = 10
while n:
    n -= 3 if n > 3 else n
    print("n", n)
print(bool(3) == True, 1 == True, 0 == False, 2 == True)
v = 0.0
if not v:
    print("zero float is falsy")
y = x > 2
print(y, not y, y and x > 100, y or x > 100)
