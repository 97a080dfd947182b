# Attributes set on objects from outside their class, and a class as the
# factory of a defaultdict (each missing key gets a new object).
from collections import defaultdict


class Node:
    def __init__(self):
        self.succ = []


class Leaf(Node):
    pass


nodes = defaultdict(Node)
for a, b in [(1, 2), (2, 3), (1, 3), (3, 4)]:
    nodes[a].succ.append(nodes[b])
for name, node in nodes.items():
    node.name = "n%d" % name
    node.weight = name * 1.5
for node in nodes.values():
    print(node.name, node.weight, [s.name for s in node.succ])
print(len(nodes), sorted(nodes), nodes[4].succ == [])

leaf = Leaf()
leaf.tag = "leaf"
leaf.name = "x"
print(leaf.tag, leaf.name, len(leaf.succ))
