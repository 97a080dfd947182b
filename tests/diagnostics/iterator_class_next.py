# An __iter__ that returns an iterator object (a class with __next__) is refused, with a hint.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


for i in Countdown(3):
    print(i)
