# doctest.testmod() whose examples use what the port cannot translate (`eval`): the program is
# translated without them, as a program whose examples are left out (CPython prints nothing here:
# they all pass).


def double(x: int) -> int:
    """
    >>> double(2)
    4
    >>> eval("double(3)")
    6
    """
    return 2 * x


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(double(21))
