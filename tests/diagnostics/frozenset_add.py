# A frozenset never changes: its mutating methods are refused as CPython rejects them.
fs = frozenset([1, 2])
fs.add(3)
print(fs)
