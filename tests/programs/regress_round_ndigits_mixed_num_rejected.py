acc = 0
for v in [1, 2.25]:
    acc += v
print(round(acc, 1))
