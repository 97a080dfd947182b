# A function only its docstring calls is typed from its annotations alone (`list`); it is left out
# of the C++ (CPython never runs it) instead of compiled from guesses.
def quick_sort(array: list) -> list:
    """
    >>> quick_sort([3, 1, 2])
    [1, 2, 3]
    """
    if len(array) <= 1:
        return array
    pivot = array[len(array) // 2]
    left = [x for x in array if x < pivot]
    middle = [x for x in array if x == pivot]
    right = [x for x in array if x > pivot]
    return quick_sort(left) + middle + quick_sort(right)


def used(n: int) -> int:
    """Docstrings are not code."""
    return n * 2


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(used(21))
