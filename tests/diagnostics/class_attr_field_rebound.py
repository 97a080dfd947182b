# `self.count` reads the class attribute until the instance assigns its own; once the program
# assigns `Counter.count` itself, a new object's field cannot start out as a copy.
class Counter:
    count = 0

    def inc(self):
        self.count += 1


c = Counter()
Counter.count = 10
c.inc()
print(c.count)
