xs = [1, 2, 3]
try:
    print(xs[-4], "abc"[-4])
except IndexError as e:
    print(e)
