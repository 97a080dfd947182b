n = 3
for k in range(2 ** n):
    print(k)
