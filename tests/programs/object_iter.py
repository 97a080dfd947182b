# Objects iterated through their class's __iter__ (a generator method, or iter() of a list).


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Tree:
    """A binary search tree whose iteration is its in-order traversal."""

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key)
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(key)
                    return
                cur = cur.right

    def _walk(self, node):
        if node is not None:
            yield from self._walk(node.left)
            yield node.key
            yield from self._walk(node.right)

    def __iter__(self):
        yield from self._walk(self.root)

    def __len__(self):
        return self.size


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def total(self):
        return sum(x for x in self)


class SortedBag(Bag):
    def __iter__(self):
        return iter(sorted(self.items))


class Words:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        for w in self.text.split():
            yield w.lower()


t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
for k in t:
    print(k, end=" ")
print()
print(list(t), len(t))
print(sum(t), min(t), max(t), sorted(t, reverse=True)[:3])
print([k * 2 for k in t if k % 20 == 0])
print({k % 3 for k in t}, tuple(t)[:2], set(t) == set(list(t)))
print(any(k > 75 for k in t), all(k > 10 for k in t))
for i, k in enumerate(t, 1):
    if i > 3:
        break
    print(i, k)
for a, b in zip(t, Words("Alpha beta GAMMA")):
    print(a, b)
print(", ".join(Words("The Quick brown FOX")))
b = Bag([3, 1, 2])
print(list(b), b.total(), list(SortedBag([3, 1, 2])), SortedBag([9, 8]).total())
x, y, z = Bag([7, 8, 9])
print(x, y, z)
print(sum(1 for _ in Words("a b c d")))
nested = [list(Bag([i, i + 1])) for i in range(3)]
print(nested)
empty = Tree()
print(list(empty), len(empty), sum(empty))
first, *rest = t
print(first, rest)
try:
    p, q = Bag([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
