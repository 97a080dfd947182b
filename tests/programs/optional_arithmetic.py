# Arithmetic on values that may be None: the value when it is a number, CPython's TypeError
# (naming the operator, `-=` for an augmented assignment) when it is None.
def mertens(count):
    m = [None, 1]
    for n in range(2, count + 1):
        m.append(1)
        for k in range(2, n + 1):
            m[n] -= m[n // k]
    return m


print(mertens(30))

x = None
for i in range(3):
    if x is None:
        x = 0
    x += i
print(x)

best = [None] * 4
best[0] = 5
best[3] = 2.5
print(best[0] + 1, best[0] * best[0], 10 // best[0], best[3] * 2)
for expr in range(5):
    try:
        if expr == 0:
            print(best[1] + 1)
        elif expr == 1:
            print(1 - best[1])
        elif expr == 2:
            best[2] += 1
        elif expr == 3:
            print(best[1] ** 2)
        else:
            print(best[1] * best[2])
    except TypeError as e:
        print("TypeError:", e)

names = [None, "b"]
names[0] = "a"
print(names[0] + names[1])
