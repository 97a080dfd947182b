data = [(1, None), (2, 3)]
print(data)
