# An attribute that may hold an object of a class without __str__/__repr__, printed while it is
# None: printed as CPython prints it (printing the object itself would stop the port, since
# CPython shows a memory address).
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class LinkedList:
    def __init__(self):
        self.head = None

    def push(self, value):
        node = Node(value)
        node.next = self.head
        self.head = node


xs = LinkedList()
print(xs.head)
for v in (3, 1, 2):
    xs.push(v)
print(xs.head.value, xs.head.next.value)
print(f"{xs.head.next.next.next}")
