_s = 5
print(sum([1, 2], _s))
