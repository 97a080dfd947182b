# A function nothing calls is typed from its annotations alone (`list`); it is left out of the C++
# (CPython never runs it) instead of compiled from guesses. One that only its docstring's examples
# call is called by them: doctest.testmod() runs them, and so does the port.
def bubble_sort(array: list) -> list:
    """Sorts (no examples: nothing calls it)."""
    items = array[:]
    for i in range(len(items)):
        for j in range(len(items) - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items


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
