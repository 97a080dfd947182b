# isinstance(x, slice) is always False: no value is a slice (an object's obj[a:b] is refused).
class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise TypeError("slices are not supported here")
        if not isinstance(index, int):
            raise TypeError("index must be an int")
        return self.items[index]


s = Seq([5, 6, 7])
print(s[0], s[-1], isinstance(3, (slice, int)))
