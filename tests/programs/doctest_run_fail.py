# doctest.testmod() with failing examples: the port prints CPython's failure reports and summary.
"""
>>> square(3)
10
"""


def square(x: int) -> int:
    """Squares.

    >>> square(2)
    4
    >>> square(4)
    15
    >>> y = square(5)
    >>> y + 1
    25
    >>> square(1)
    >>> print(square(3), "!")
    9 ?
    >>> square(0)
    Traceback (most recent call last):
    ValueError: zero
    >>> show(0)
    nothing
    >>> show(2)
    >>> show(1)
    <BLANKLINE>
    >>> 1 > 2
    0
    >>> 1 < 2  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    """
    return x * x


def show(n: int) -> None:
    for _ in range(n):
        print()
    if n == 2:
        print("  ")


class Point:
    """
    >>> Point(1, 2).norm1()
    3
    >>> Point(1, 2)
    Point(1, 3)
    """

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def norm1(self) -> int:
        """
        >>> p = Point(3, -4)
        >>> p.norm1()
        8
        >>> p.x, p.y
        (3, 4)
        """
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self) -> "Point":
        """
        >>> Point(1, 2).swapped
        Point(1, 2)
        """
        return Point(self.y, self.x)

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


def words(s: str) -> list[str]:
    """
    >>> words("a b  c")  # doctest: +NORMALIZE_WHITESPACE
    ['a',   'b',
     'c']
    >>> words("a b")  # doctest: +ELLIPSIS
    ['b', ...]
    >>> words("é ü")
    ['é', 'u']
    """
    return s.split()


if __name__ == "__main__":
    print("before")
    import doctest

    doctest.testmod()
    print("after")
