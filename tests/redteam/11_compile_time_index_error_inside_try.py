t = (1, 2)
try:
    print(t[5])
except IndexError as e:
    print("caught", e)
