"""Binary search with doctests.

>>> search([1, 2, 3], 2)
1
"""


def search(xs: list[int], t: int) -> int:
    """
    >>> search([1, 3, 5], 5)
    2
    >>> search([], 1)
    -1
    """
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(search(list(range(0, 100, 3)), 27))
    from doctest import testmod as run_examples

    run_examples(verbose=False)
    __import__("doctest").testmod()
    doctest.run_docstring_examples(search, globals())
