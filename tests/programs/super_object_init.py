# `super().__init__()` where no base class defines `__init__`: object's, which does nothing.
class Heap(object):
    def __init__(self):
        super().__init__()
        self.items = []


class MinHeap(Heap):
    def __init__(self):
        super(MinHeap, self).__init__()
        self.kind = "min"


h = MinHeap()
print(h.items, h.kind)
