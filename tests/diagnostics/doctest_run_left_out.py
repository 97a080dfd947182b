# doctest.testmod() whose examples cannot be translated (a module the port does not know) in a
# program that is rejected for another reason (`exec`): the warning says why the examples are left
# out.


def double(x: int) -> int:
    """
    >>> import tkinter
    >>> tkinter.TkVersion > 8
    True
    >>> double(3)
    6
    """
    return 2 * x


exec("print(double(1))")
import doctest

doctest.testmod()
