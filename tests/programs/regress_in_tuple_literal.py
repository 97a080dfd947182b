k = 2
print(k in (1, 2, 3))
