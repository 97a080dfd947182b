a = sorted([2, 1])
print(a)
a = [0.5]
print(a)
