def collect(acc, n):
    acc += [n, n * n]

out = []
for i in range(3):
    collect(out, i)
print(out)
