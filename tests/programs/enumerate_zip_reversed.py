# enumerate, zip and reversed in for loops.
names = ["alpha", "beta", "gamma", "delta"]
scores = [91.5, 78.25, 88.0]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for i, s in enumerate(scores, start=10):
    print(i, s)
for n, s in zip(names, scores):
    print(n, s)
for a, b in zip([1, 2, 3], [10, 20, 30]):
    print(a + b, a * b)
for name in reversed(names):
    print(name)
# One type per variable: the builtin engine does not yet split a name reused with another type.
for f in reversed([1.5, 2.5, 3.5]):
    print(f)
for i in reversed(range(5)):
    print(i, end=" ")
print()
for i in reversed(range(1, 10, 3)):
    print(i, end=" ")
print()
for i in reversed(range(10, 0, -4)):
    print(i, end=" ")
print()
dot = 0.0
for u, v in zip([1.0, 2.0, 3.0], [0.5, -1.0, 2.0]):
    dot += u * v
print("dot", dot)
total = 0
for i, v in enumerate([5, 6, 7][::-1]):
    total += i * v
    print(i, v)
print(total)
for i, row in enumerate([[1, 2], [3, 4]]):
    for j, v in enumerate(row):
        print(i, j, v)
count = 0
for x, y in zip(list(range(100)), [5, 6, 7]):
    count += 1
    print(x, y)
print(count)
for a, b in zip([1, 2][2:], [1, 2]):
    print("never")
