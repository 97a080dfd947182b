# A list that holds lists of its own kind and nothing else (`[[[], []], []]`) has no finite C++ type.
def wrap(xs, n):
    for _ in range(n):
        xs = [xs, []]
    return xs


print(wrap([], 3))
