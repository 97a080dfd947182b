# *args methods and constructors called with * arguments: packed with the other extra arguments.
import heapq


class LinkedList:
    def __init__(self, *values):
        self.items = []
        self.add_all(*values)

    def add_all(self, *values):
        for v in values:
            self.items.append(v)

    def __repr__(self):
        return " -> ".join(str(v) for v in self.items)


base = [3, 4]
ll = LinkedList(1, 2, *base)
ll.add_all(*range(5, 7), 9)
print(ll, LinkedList(*"ab"))
print(*base, sep=", ")
print(list(heapq.merge(*[[1, 4], [2, 3]])))
s = {1}
