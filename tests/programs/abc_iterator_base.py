# Classes deriving from collections.abc's Iterable and Iterator (the Iterator pattern): the bases
# add nothing but `Iterator.__iter__`, which returns the iterator itself.
from collections.abc import Iterable, Iterator
import typing


class Countdown(Iterator):
    def __init__(self, start):
        self.n = start

    def __next__(self):
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1


class Words(Iterable):
    def __init__(self, words):
        self.words = list(words)

    def __iter__(self):
        return WordsIterator(self.words)


class WordsIterator(typing.Iterator):
    def __init__(self, words):
        self.words = words
        self.i = 0

    def __next__(self):
        if self.i == len(self.words):
            raise StopIteration()
        self.i += 1
        return self.words[self.i - 1].upper()


print(list(Countdown(3)))
it = Countdown(2)
print(next(it), [x for x in it], next(it, -1))
c = Countdown(5)
print(next(c) + next(c), next(c, "none"))
w = Words(["b", "a"])
print([x for x in w], sorted(w), "-".join(w))
