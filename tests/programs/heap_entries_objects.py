# Heap entries (priority, count, node) whose nodes have no __lt__: Python
# never compares the nodes because the counts never tie (Huffman-style);
# a tie on a node without __lt__ raises CPython's TypeError. Also a table
# parameter defaulting to None that is filled in place, and a join of
# items that may be None.
import heapq


class Node:
    def __init__(self, sym, left=None, right=None):
        self.sym = sym
        self.left = left
        self.right = right


class Leaf(Node):
    pass


def walk(node, prefix, table=None):
    if table is None:
        table = {}
    if node.left is None:
        table[node.sym] = prefix or "0"
    else:
        walk(node.left, prefix + "0", table)
        walk(node.right, prefix + "1", table)
    return table


freq = {"a": 5, "b": 2, "c": 1, "d": 1}
heap = []
for i, (s, f) in enumerate(freq.items()):
    heapq.heappush(heap, (f, i, Node(s)))
count = len(heap)
while len(heap) > 1:
    f1, _, n1 = heapq.heappop(heap)
    f2, _, n2 = heapq.heappop(heap)
    heapq.heappush(heap, (f1 + f2, count, Node(None, n1, n2)))
    count += 1
codes = walk(heap[0][2], "")
print(sorted(codes.items()))
print("".join(codes[c] for c in "abacad"))
maybe = [codes.get(c) for c in "ab"]
print("-".join(maybe))
try:
    print("-".join([codes.get(c) for c in "az"]))
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, Node("x")) < (1, Leaf("y")))
except TypeError as e:
    print("TypeError:", e)
