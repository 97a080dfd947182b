# Only a subclass defines __len__: the truth of a value typed as the base would need it too.
class Shape:
    pass


class Polygon(Shape):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


shapes = [Shape(), Polygon(0)]
print([1 if s else 0 for s in shapes])
