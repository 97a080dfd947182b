# A range joined with generators of strings in one list: zip() of them gives tuples of
# `int | str`, and every other int of the program stays an int.
def cells(start, n):
    c = start
    for _ in range(n):
        yield c
        c = c[-1] + c[:-1]


rows = 5
sources = [range(rows)] + [cells(s, rows) for s in ("100", "0110")]
for data in zip(*sources):
    i = data[0]
    rest = data[1:]
    print("%2i: %s" % (i, " | ".join(rest)))
    print(data, [len(str(x)) for x in data])

table = {n: "{0:03b}".format(n)[::-1] for n in range(8)}
print(table)
print([table[k][1:-1] for k in range(2, 6)])
