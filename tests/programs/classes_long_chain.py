class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


head = None
for i in range(300000):
    head = Node(i, head)
n = 0
cur = head
while cur is not None:
    n += cur.v
    cur = cur.nxt
print(n)
head = None
print("done")
