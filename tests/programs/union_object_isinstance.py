# isinstance with the program's classes on a value that may be an int or an object (operator
# overloading that accepts a number or another instance), type() of such a value.
class Time:
    def __init__(self, seconds=0):
        self.seconds = seconds

    def __str__(self):
        m, s = divmod(self.seconds, 60)
        return "%.2d:%.2d" % (m, s)

    def __add__(self, other):
        if isinstance(other, Time):
            return Time(self.seconds + other.seconds)
        else:
            return Time(self.seconds + other)

    def __radd__(self, other):
        return self.__add__(other)

    def __lt__(self, other):
        return self.seconds < other.seconds


class Alarm(Time):
    pass


t = Time(70)
print(t + Time(5), t + 30, 30 + t)
print(Time(1) + Time(2) + 3)
for v in [5, Time(3), Alarm(4)]:
    print(isinstance(v, Time), isinstance(v, Alarm), isinstance(v, (int, Alarm)), isinstance(v, int))
class P:
    def __init__(self, x):
        self.x = x
for v in [1, P(2), "s"]:
    print(type(v), type(v).__name__, str(type(v)))
