# Under --int64 this stops with pyport's overflow message at 2**63 (CPython prints 2**70).
x = 1
for i in range(70):
    x = x * 2
print(x)
