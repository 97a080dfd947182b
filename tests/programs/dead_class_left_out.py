# A library-style module whose classes the script part never uses: CPython never runs their
# methods (dunders included), so constructs the builtin engine refuses there do not matter.
import doctest


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        return self.rows == other.rows

    def __neg__(self):
        return self * -1

    @classmethod
    def identity(cls, n):
        m = cls([[0] * n for _ in range(n)])
        m.add_row([1] * n)
        return m

    def add_row(self, row):
        if not isinstance(row, list):
            raise TypeError("row must be a list")
        self.rows.append(row)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @staticmethod
    def origin():
        return Point(0, 0)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def unused(self, other):
        if isinstance(other, (int, str)):
            return 1
        return 0


p = Point(3, 4)
print(p.x, p.y)
if __name__ == "__main__":
    doctest.testmod()
    print("done")
