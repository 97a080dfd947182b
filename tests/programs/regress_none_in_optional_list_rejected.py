vals = [None, 2, None, 5]
print(None in vals)
