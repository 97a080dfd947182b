# A variable only ever assigned from a container it feeds (no value ever flows in): any C++ type
# works, but one type for both.
from collections import deque

stack = deque()
items = []


def drain():
    while stack:
        v = stack.pop()
        stack.append(v)
        break
    for x in items:
        items.append(x)
    return len(stack) + len(items)


print(drain())
