g = (x * x for x in range(4))
print(sum(g))
print(sum(g))
