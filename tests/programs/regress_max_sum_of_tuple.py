t = (3, 5, 1)
print(max(t), sum(t))
