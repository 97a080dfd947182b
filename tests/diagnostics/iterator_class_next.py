# An __iter__ that returns an object whose class defines no __next__ (CPython's TypeError).
class Holder:
    def __init__(self, n):
        self.n = n


class Box:
    def __iter__(self):
        return Holder(3)


for i in Box():
    print(i)
