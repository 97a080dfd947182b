# tags: containers, exceptions
# difficulty: medium
# case: < toposort.small.txt
# case: < toposort.cycle.txt
# case: < empty.txt
# case: 30
# timing: 120000
# Topological sort of a dependency graph. Without arguments it reads lines
# "target: dep dep ..." from stdin; with a number it generates a layered
# graph. Kahn's algorithm with a heap gives the lexicographically smallest
# order; a DFS order is checked too; a cycle is reported, not hidden.
import heapq
import sys
from collections import defaultdict


class CycleError(Exception):
    def __init__(self, nodes):
        super().__init__("cycle among: " + ", ".join(sorted(nodes)[:6]))
        self.nodes = nodes


def kahn(deps):
    indegree = {node: 0 for node in deps}
    users = defaultdict(list)
    for node, ds in deps.items():
        for d in ds:
            indegree.setdefault(d, 0)
            indegree[node] += 1
            users[d].append(node)
    ready = [n for n, k in indegree.items() if k == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for u in users[node]:
            indegree[u] -= 1
            if indegree[u] == 0:
                heapq.heappush(ready, u)
    if len(order) != len(indegree):
        raise CycleError([n for n, k in indegree.items() if k > 0])
    return order


def dfs_order(deps):
    state = {}
    order = []
    for root in sorted(deps):
        if root in state:
            continue
        stack = [(root, iter(sorted(deps.get(root, ()))))]
        state[root] = "active"
        while stack:
            node, it = stack[-1]
            for d in it:
                if d not in state:
                    state[d] = "active"
                    stack.append((d, iter(sorted(deps.get(d, ())))))
                    break
            else:
                stack.pop()
                state[node] = "done"
                order.append(node)
    return order


def valid(order, deps):
    pos = {n: i for i, n in enumerate(order)}
    return all(pos[d] < pos[n] for n, ds in deps.items() for d in ds)


def generate(n):
    deps = {}
    for i in range(n):
        name = f"m{i:05d}"
        deps[name] = [f"m{j:05d}" for j in sorted({(i * 7 + 3) % (i or 1), i // 2, (i * i) % (i or 1)}) if j < i]
    return deps


if len(sys.argv) > 1:
    deps = generate(int(sys.argv[1]))
else:
    deps = {}
    for line in sys.stdin:
        if ":" in line:
            target, _, rest = line.partition(":")
            deps[target.strip()] = rest.split()
try:
    order = kahn(deps)
    print(f"{len(order)} nodes in order; valid: {valid(order, deps)}")
    print("first:", order[:8])
    print("last:", order[-4:])
    d = dfs_order(deps)
    print("dfs order valid:", valid(d, deps), "same as kahn:", d == order)
except CycleError as e:
    print("error:", e)
