# Objects of many sizes made and dropped in bulk (small ones come from per-size free lists, large
# ones from the system allocator), Optional[object] links held in fields, lists and dicts, and
# objects, dicts and sets passed to functions that rebind the variable they came from.


class Small:
    def __init__(self, v):
        self.v = v
        self.next = None


class Wide:
    def __init__(self, k):
        self.a0, self.a1, self.a2, self.a3, self.a4, self.a5, self.a6, self.a7 = k, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7
        self.b0, self.b1, self.b2, self.b3, self.b4, self.b5, self.b6, self.b7 = [k], [k], [k], [k], [k], [k], [k], [k]
        self.c0, self.c1, self.c2, self.c3, self.c4, self.c5, self.c6, self.c7 = "a", "b", "c", "d", "e", "f", "g", str(k)
        self.link = None

    def total(self):
        return self.a0 + self.a7 + len(self.b3) + len(self.c7)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k

    def __hash__(self):
        return hash(self.k)


def chain(n):
    head = None
    for i in range(n):
        node = Small(i)
        node.next = head
        head = node
    return head


def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


class Holder:
    def __init__(self):
        self.head = chain(3)

    def drop_head(self):
        self.head = None


def count_after_drop(h, node):
    # `node` is h.head: the holder drops its own reference while this call still uses the node.
    h.drop_head()
    return length(node)


REGISTRY = {"a": 1}


def replace_registry(d):
    global REGISTRY
    REGISTRY = {}
    return len(d)


def main():
    total = 0
    for round_ in range(30):
        head = chain(2000 + round_)
        total += length(head)
        wides = [Wide(k) for k in range(200)]
        for a, b in zip(wides, wides[1:]):
            a.link = b
        total += sum(w.total() for w in wides)
        total += length(head.next) if head else 0
    print("total", total)

    slots = [None, Small(1), None, Small(2)]
    print([s.v if s is not None else None for s in slots])
    print(sum(1 for s in slots if s))
    pick = slots[0] or slots[1]
    print(pick.v if pick else "none")
    d = {"x": slots[1], "y": None}
    print(d["y"] is None, d["x"] is slots[1], d["x"] is slots[3])

    k1, k2 = Key(5), Key(5)
    maybe = [k1, None]
    print(maybe[0] == k2, maybe[1] is None, maybe[0] is k2, len({k1, k2}))

    h = Holder()
    print(count_after_drop(h, h.head), h.head is None)

    print(replace_registry(REGISTRY), len(REGISTRY))

    w = Wide(7)
    w.link = Wide(8)
    w.link.link = Wide(9)
    n = 0
    cur = w
    while cur is not None:
        n += cur.total()
        cur = cur.link
    print("wide chain", n)


main()
