print(int("10", base=2))
print(str(object=5))
