# A binary tree of tuples with `None` leaves: the tuple holds optionals of its own kind, with no
# list (a pointer) on the way, so it has no finite C++ type.
def insert(tree, v):
    if tree is None:
        return (v, None, None)
    k, left, right = tree
    if v < k:
        return (k, insert(left, v), right)
    return (k, left, insert(right, v))


t = None
for v in [5, 3, 8]:
    t = insert(t, v)
print(t)
