# doctest.testmod() with examples that all pass: the port runs them and, like CPython, prints nothing.
"""Module docstring.

>>> total = add(2, 3)
>>> total
5
>>> total * 2
10
"""


def add(a: int, b: int) -> int:
    """Add two ints.

    >>> add(1, 2)
    3
    >>> add(-1, 1) == 0
    True
    >>> add(1, 1) > 1
    1
    >>> [add(i, i) for i in range(4)]
    [0, 2, 4, 6]
    >>> for i in range(3):
    ...     add(i, 10)
    10
    11
    12
    >>> # a comment is no example
    >>> print("a", add(1, 0))
    a 1
    """
    return a + b


def divide(a: int, b: int) -> float:
    """
    >>> divide(1, 4)
    0.25
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide(1, 0)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ZeroDivisionError: not this message
    >>> divide("x", 2)  # doctest: +SKIP
    'never run'
    """
    return a / b


def table(n: int) -> None:
    """Prints a table.

    >>> table(2)
    1 2
    <BLANKLINE>
    2 4
    <BLANKLINE>
    >>> table(12)  # doctest: +ELLIPSIS
    1 2 ... 12
    ...
    12 24 ... 144
    >>> table(3)  # doctest: +NORMALIZE_WHITESPACE
    1 2 3   2 4 6
    3 6 9
    """
    for i in range(1, n + 1):
        print(" ".join(str(i * j) for j in range(1, n + 1)))
        if n == 2:
            print()


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.push(2)
    >>> s.items
    [1, 2]
    >>> s.pop()
    2
    >>> len(s)
    1
    >>> Stack().pop()
    Traceback (most recent call last):
    IndexError: pop from empty stack
    """

    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, x: int) -> None:
        """
        >>> t = Stack()
        >>> t.push(5)
        >>> t.items
        [5]
        """
        self.items.append(x)

    def pop(self) -> int:
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        """
        >>> Stack()
        Stack([])
        >>> text = '''a
        ... b'''
        >>> text
        'a\\nb'
        """
        return f"Stack({self.items})"


def greet(name: str) -> str:
    """
    >>> greet("Ada")
    'Hello, Ada!'
    >>> print(greet("é"))
    Hello, é!
    """
    return f"Hello, {name}!"


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(add(20, 22))
