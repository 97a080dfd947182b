# A `*` argument into a method of a library value (here a list's `append`) is refused.
class Bag:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)
xs = []
t = (1,)
xs.append(*t)
b = Bag()
b.append(*t)
print(xs, b.items)
