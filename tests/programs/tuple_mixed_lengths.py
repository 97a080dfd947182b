"""Tuples of different lengths used as sequences (Shed Skin's chess move tables, plcfrs)."""
bishop = (tuple(range(17, 120, 17)), tuple(range(-17, -120, -17)))
rook = (tuple(range(1, 8)), tuple(range(16, 128, 16)), (-1, -2))
queen = bishop + rook
lines = ((), bishop, rook, queen, ())
total = 0
for piece in range(len(lines)):
    for line in lines[piece]:
        for k in line:
            total += k
    print(piece, len(lines[piece]), lines[piece][:1])
print(total, lines[-2][0][:3])
try:
    print(lines[len(lines) + 2])
except IndexError as e:
    print("IndexError:", e)
castling = ((0x0, (10,)), (0x4, (10, 11)), (0x7, (11,)), (0x70, (12,)))
table = [None] * 0x80
for (i, v) in castling:
    table[i] = v
print([t for t in table if t is not None], castling[1][1][-1])


def moves(n):
    if n % 2:
        return (n,)
    return (n, n + 1, n + 2)


acc = []
for n in range(5):
    acc.extend(moves(n))
    m = moves(n)
    print(m, len(m), sum(m), m[-1])
print(acc)
