# obj[i] calls __getitem__, `x in obj` calls __contains__ (its result's truth).
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[(x + y) % 3 for x in range(w)] for y in range(h)]

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]

    def __contains__(self, pos):
        x, y = pos
        return 0 <= x < self.w and 0 <= y < self.h


class Word:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __contains__(self, ch):
        return self.text.count(ch)  # an int: `in` takes its truth


g = Grid(4, 3)
print(g[1, 2], g[(3, 0)], (1, 1) in g, (4, 0) in g, (0, -1) not in g)
print([g[x, 1] for x in range(4) if (x, 1) in g])
w = Word("banana")
print(w[0], w[-1], "n" in w, "z" in w, "z" not in w)
try:
    print(w[10])
except IndexError as e:
    print("IndexError:", e)
