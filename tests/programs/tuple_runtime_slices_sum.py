# Slicing a fixed tuple with bounds known at run time gives a tuple[T, ...]; sum(tuples, ())
# concatenates (Shed Skin's sunfish pads its piece-square tables this way).
def padrow(row):
    return (0,) + tuple(x + 1 for x in row) + (0,)

table = (1, 2, 3, 4, 5, 6)
padded = sum((padrow(table[i * 2:i * 2 + 2]) for i in range(3)), ())
print(padded, len(padded))
print(sum([(1, 2), (3, 4)], ()), sum([], ()), sum([tuple(range(k)) for k in range(4)], ()))
pst = {"P": (1, 2), "N": (3, 4)}
for k, t in list(pst.items()):
    pst[k] = sum((padrow(t[i:i + 1]) for i in range(2)), ())
    pst[k] = (0,) * 2 + pst[k] + (0,) * 2
print(pst)
t = (5, 6, 7, 8, 9)
for lo in range(-6, 6, 2):
    print(lo, t[lo:], t[:lo], t[lo:lo + 2], t[::lo or 1])
mixed = (1, 2.5, 3)
n = 1
print(mixed[n:], sum(mixed[:n + 1]))
n = int("1")
pair = (1, "a", 2.5)
print(pair[n:], pair[:n], pair[::n + 1], len(pair[n:]))
for x in pair[n - 1:]:
    print(x)
