class Node:
    def __init__(self, v):
        self.v = v


def make(v):
    return Node(v)


print(make(1).v)


class Node:
    def __init__(self, v):
        self.v = v * 2


print(make(1).v)
