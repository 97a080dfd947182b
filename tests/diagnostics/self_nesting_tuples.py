# A recursive generator that yields tuples built from tuples of its own kind: the item type nests
# without limit (refused, not a C++ type dozens of levels deep that does not compile).
def grow(x):
    yield ((),) + x
    if x:
        for i in grow(x[0]):
            yield (i,) + x[1:]


for t in grow(((),)):
    print(len(t))
