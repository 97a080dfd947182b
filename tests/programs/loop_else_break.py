# else clauses on for/while loops, break and continue.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while finished normally, i =", i)

i = 0
while True:
    i += 1
    if i > 4:
        break
print("broke out at", i)

j = 10
while j > 0:
    j -= 3
    if j == 4:
        print("found 4")
        break
else:
    print("never found 4, j =", j)

xs = [1, 3, 5, 7, 9]
for x in xs:
    if x % 2 == 0:
        print("even found", x)
        break
else:
    print("no even numbers")

for x in []:
    print("unreachable")
else:
    print("empty loop else runs")

total = 0
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 15:
        break
    total += i
print("total", total)

for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if a + b == 3:
            break
        print(a, b)
    else:
        print("inner completed for a =", a)
