# Tuples repeated by an int: a constant count keeps a fixed tuple, any other count makes a
# tuple whose length is known only at run time.
fmt = "%-10s %-10s %-10s"
print(fmt % (('=' * 10,) * 3))
pair = (1, 2.5)
print(pair * 2, 2 * (7,), (3,) * 0, () * 5)
row = (0,) * 4
print(row, len(row), row[3])
n = len(fmt) // 5
print((1, 2) * n, n * ("ab",), (5,) * -1)
board = [(0,) * 3 for _ in range(2)]
print(board)
t = ("x",) * 20
print(len(t), t[-1], "".join(t))
a, b, c = (9,) * 3
print(a + b + c)
