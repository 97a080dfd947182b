# A call of a method that no class of the object has raises AttributeError when it runs (here in
# a branch the program takes once, caught, and in one it never takes), as in CPython.
class Node:
    def __init__(self, v):
        self.v = v


class Leaf(Node):
    pass


def cleanup(node, really):
    if really:
        node.remove(node.v, print("never evaluated"))
    return node.v


print(cleanup(Node(1), False))
try:
    cleanup(Leaf(2), True)
except AttributeError as e:
    print("AttributeError:", e)


class Tree:
    def __init__(self):
        self.root = None

    def remove(self, item):
        self.root.remove(item)

    def plant(self):
        self.root = Node(0)


t = Tree()
for step in range(2):
    try:
        t.remove(1)
    except AttributeError as e:
        print("AttributeError:", e)
    t.plant()
