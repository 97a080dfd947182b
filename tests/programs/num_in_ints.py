# `x in container-of-ints` where x may hold a float: Python compares by value
# (3.0 == 3 and hash(3.0) == hash(3)), so integral floats are found and
# other floats are not; `/=` makes an int variable a float (Jacobi-symbol style).
def classify(a):
    n = a
    if a > 3:
        n /= 2
    hits = []
    if n in (3, 5):
        hits.append("tuple")
    if n in [1, 2, 4]:
        hits.append("list")
    if n in {6, 7}:
        hits.append("set")
    if n not in {1: "one", 2: "two"}:
        hits.append("not-dict")
    return hits

for a in range(0, 16):
    print(a, classify(a))

x = 2
x /= 4
print(x in (0, 1), x * 4 in [2, 3])
big = 2 ** 70
y = 1
y = y * 2.0 ** 70
print(y in {big, 3}, y in [big + 1])
z = 1.0
z = z * float("inf")
print(z in (1, 2), float("nan") in [1])
