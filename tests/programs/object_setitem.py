# obj[k] = v calls __setitem__ (value, then object, then key); obj[k] += v reads through __getitem__ once; tuple targets of items.
class Matrix:
    def __init__(self, n, m):
        self.n, self.m = n, m
        self.cells = [[0.0] * m for _ in range(n)]

    def __getitem__(self, ij):
        i, j = ij
        return self.cells[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.cells[i][j] = v

    def __repr__(self):
        return "\n".join(" ".join(f"{x:5.1f}" for x in row) for row in self.cells)


class Sparse:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        print("set", k, v)
        if v == 0:
            self.d.pop(k, None)
        else:
            self.d[k] = v

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __len__(self):
        return len(self.d)


m = Matrix(2, 3)
m[0, 1] = 2.5
m[1, 2] = m[0, 1] * 2
m[1, 0] += 1
print(m)
s = Sparse()
s[3] = 4
s[5] = 0
s[3] = s[3] + 1
print(len(s), s[3], s[7])
m[0, 0], m[0, 2] = 7, 8.5
s[1], s[2] = 5, 6
print(m)
print(len(s), s[1] + s[2])
