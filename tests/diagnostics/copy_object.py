# A class that customizes copying is refused (its `__deepcopy__` would have to be called).
import copy


class Node:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        return Node(self.v + 1)


a = Node(1)
b = copy.deepcopy(a)
print(b.v)
