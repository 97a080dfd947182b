'''Docstrings: the module's __doc__ read inside a function, f.__doc__ and f.__name__.'''


def hanoi(n):
    '''Moves for n discs.'''
    return 2 ** n - 1


def plain():
    return 0


def main():
    print(__doc__ + ':')
    print(hanoi.__doc__, hanoi.__name__, hanoi(10))
    print(plain.__doc__ is None, plain.__name__, plain())


main()
