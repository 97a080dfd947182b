# Iterator classes: __iter__ returns an object with __next__ (itself or another); StopIteration ends the loop.
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


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        x = self.a
        self.a, self.b = self.b, self.a + self.b
        return x


for i in Countdown(3):
    print(i)
print(list(Fib(100)), sum(Fib(10 ** 20)))
print([x * 2 for x in Countdown(4)], max(Fib(50)))
