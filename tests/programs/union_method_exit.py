# A str method called on a value of several types (`int | str`) that holds an int at run time:
# CPython's AttributeError, raised before the arguments are evaluated.
def word(i):
    return i if i % 2 else "w%d" % i


def width():
    print("width evaluated")
    return 6


for i in [0, 2, 3]:
    print(word(i).center(width(), "."), word(i).upper())
