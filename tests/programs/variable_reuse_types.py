# A name reused for values of unrelated types: each reuse is its own variable in C++.
names = ["ada", "grace", "linus"]
for item in names:
    print("name:", item)
for item in [0.5, 1.25, -3.0]:
    print("weight:", item * 2)
for item in range(3):
    print("index:", item)
print("last index:", item)


def describe(n):
    label = "n=" + str(n)
    print(label)
    label = n * n
    return label


def pairs(xs):
    for p in xs:
        print(p)
    for p in zip(xs, xs[1:]):
        print(p)
    total = 0
    for p in xs:
        total += p
    return total


print(describe(7))
print(pairs([3, 1, 4, 1, 5]))
value = "text"
print(value)
value = 3.5
print(value)
value = value * 2
print(value)
