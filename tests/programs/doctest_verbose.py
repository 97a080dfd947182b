# doctest.testmod(verbose=True): the report CPython prints when every example passes (items sorted by name, with and without docstrings).
"""Module doc.

>>> 1 + 1
2
"""


def f(x):
    """Double.

    >>> f(2)
    4
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> f(0)
    0
    """
    return 2 * x


def g():
    """No examples here."""


def h():
    pass


class C:
    """A class.

    >>> C().m()
    'm'
    """

    def m(self):
        """
        >>> C().m()
        'm'
        """
        return "m"

    @property
    def p(self):
        """The p.

        >>> C().p
        5
        """
        return 5

    @staticmethod
    def s():
        """
        >>> C.s()
        """
        return None


square = lambda v: v * v

if __name__ == "__main__":
    import doctest

    doctest.testmod(verbose=True)
    print(f(21), C().p, square(3))


def after():
    """>>> after()"""
