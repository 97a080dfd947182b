print(list(enumerate(iterable=[5, 6])))
