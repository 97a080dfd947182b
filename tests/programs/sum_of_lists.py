# `sum(list_of_lists, [])` concatenates (each step a new list, so the start list is not changed).
rows = [[1, 2], [3], [], [4, 5, 6]]
flat = sum(rows, [])
print(flat, len(flat))
start = [0]
both = sum(rows, start)
both.append(99)
print(both, start)
units = {"a": [["x", "y"], ["z"]], "b": [["q"], ["x"]]}
peers = {k: sorted(set(sum(v, [])) - {"x"}) for k, v in units.items()}
print(peers)
print(sum([[1.5], [2.5]], []))
