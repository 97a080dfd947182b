def helper(a, b):
    return a.count(b) + a * b

for x in []:
    y = x * 2
    print(y)
print("done")
