# Classes defined inside functions: a namespace class holding a counter that
# nested functions update (a fresh one per call), and a helper class with
# methods that uses nothing of the function's locals.


def count_paths(n):
    class Scope:
        count = 0
        steps = []
        limit = n * 2

    def walk(x, y):
        Scope.steps.append((x, y))
        if x == n and y == n:
            Scope.count += 1
            return
        if x < n:
            walk(x + 1, y)
        if y < n:
            walk(x, y + 1)

    walk(0, 0)
    return Scope.count, len(Scope.steps), Scope.limit


for k in range(5):
    print(k, count_paths(k))


def make_counter():
    class State:
        total = 0

    def bump(k):
        State.total += k
        return State.total

    return bump


a = make_counter()
b = make_counter()
print(a(1), a(2), b(10), a(3), b(1))


def from_edges(edges):
    class Node:
        def __init__(self, name):
            self.name = name
            self.succ = []

        def __repr__(self):
            return "Node(%s -> %s)" % (self.name, [s.name for s in self.succ])

    nodes = {}
    for v, w in edges:
        for x in (v, w):
            if x not in nodes:
                nodes[x] = Node(x)
        nodes[v].succ.append(nodes[w])
    return list(nodes.values())


for node in from_edges([(1, 2), (2, 3), (3, 1), (1, 4)]):
    print(node, len(node.succ))
