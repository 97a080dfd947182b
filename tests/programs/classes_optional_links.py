class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        node = Node(value)
        node.next = self.head
        self.head = node
        self.size += 1

    def total(self):
        t = 0
        cur = self.head
        while cur is not None:
            t += cur.value
            cur = cur.next
        return t

    def __len__(self):
        return self.size


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out):
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right:
            self.right.inorder(out)


def depth(t):
    if t is None:
        return 0
    return 1 + max(depth(t.left), depth(t.right))


ll = LinkedList()
for i in range(10):
    ll.push(i * i)
print(ll.total(), len(ll))
root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 65]:
    root.insert(k)
keys = []
root.inorder(keys)
print(keys)
print(depth(root))
empty = LinkedList()
print(empty.head is None)
n = empty.head
print(n.value)
