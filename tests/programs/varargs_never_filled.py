# Methods with *args that the program only ever calls without values (a list that stays empty):
# their items' types stay unknown or None, and the C++ must still compile.
class Node:
    def __init__(self, value=None, nxt=None):
        self.val = value
        self.next = nxt


class LinkedList:
    def __init__(self, *values: int):
        self.root = None
        self.add_at_head(*values)

    def add_at_head(self, *values: int):
        for v in values:
            self.root = Node(v, self.root)

    def add_at_tail(self, *values: int):
        if not self.root:
            self.add_at_head(*values)

    def __iter__(self):
        t = self.root
        while t:
            yield t.val
            t = t.next

    def __add__(self, other):
        first = [i for i in self]
        result = LinkedList(*first)
        result.add_at_tail(*[i for i in other])
        return result


ll = LinkedList()
print(list(ll), len([x for x in ll + LinkedList()]))
