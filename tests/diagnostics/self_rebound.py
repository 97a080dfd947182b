# Rebinding `self` inside a method (`self = None`) is refused: methods are compiled with the
# object they run on fixed.
class Node:
    def __init__(self, v):
        self.v = v
        self.left = None
    def delete(self, v):
        if self is None:
            return self
        if self.left is None:
            temp = self.left
            self = None
            return temp
        return self
n = Node(1)
print(n.delete(1))
