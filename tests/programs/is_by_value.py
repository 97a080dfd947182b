# `is` / `is not` between ints, between strs, and on values that may be None or either of the two:
# the port compares them by value (with a warning), which is what CPython's identity gives for
# small ints, literals, one-character strs and a value met again.


class Node:
    def __init__(self, data):
        self.data = data
        self.next = None


def find(head, key):
    cur = head
    while cur is not None:
        if cur.data is key:
            return cur
        cur = cur.next
    return None


head = None
for v in (5, 2, 7, "seven", 9):
    n = Node(v)
    n.next = head
    head = n
for k in (7, 3, "seven", 9):
    hit = find(head, k)
    print(k, hit is not None, hit.data if hit is not None else "-")

slots = [None, 4, None, 200]
print([s is 4 for s in slots], [s is not None and s is 200 for s in slots])

words = "a b a c".split()
first = words[0]
print([w is first for w in words], [w is not first for w in words])
table = {"good": "eggs", "best": "spam"}
for key in ("good", "best", "worst"):
    found = None
    for k in table:
        if k is key:
            found = table[k]
    print(key, found)
