# A class defined in a class body, reached as `Outer.Inner`, `self.Inner` or `cls.Inner`.
class LinkedStack:
    class _Node:
        def __init__(self, value, below):
            self.value = value
            self.below = below

    def __init__(self):
        self._top = None
        self._size = 0

    def push(self, value):
        self._top = self._Node(value, self._top)
        self._size += 1

    def pop(self):
        node = self._top
        self._top = node.below
        self._size -= 1
        return node.value

    @classmethod
    def of(cls, values):
        s = cls()
        for v in values:
            s.push(v)
        return s


class Forest:
    class Tree:
        def __init__(self):
            self.parent = self
            self.size = 1

        def root(self):
            if self.parent is not self:
                self.parent = self.parent.root()
            return self.parent

    def __init__(self, n):
        self.trees = [Forest.Tree() for _ in range(n)]

    def join(self, a, b):
        ra, rb = self.trees[a].root(), self.trees[b].root()
        if ra is not rb:
            rb.parent = ra
            ra.size += rb.size
        return ra.size


s = LinkedStack.of([1, 2, 3])
print(s.pop(), s.pop(), s._size, type(Forest.Tree()).__name__)
f = Forest(5)
print(f.join(0, 1), f.join(2, 3), f.join(1, 3), f.join(4, 4))
