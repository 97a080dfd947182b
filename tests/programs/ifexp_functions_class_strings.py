# A conditional expression choosing between two functions; strings between methods in a class body.
import operator


class Sorter:
    """Sorts."""

    def __init__(self, reverse):
        self.reverse = reverse

    """A string statement between methods (a comment)."""

    def sort(self, xs):
        better = operator.gt if self.reverse else operator.lt
        out = []
        for x in xs:
            i = 0
            while i < len(out) and not better(x, out[i]):
                i += 1
            out.insert(i, x)
        return out


def pick(flag):
    f = (lambda a: a * 2) if flag else (lambda a: a + 100)
    return f(5)


print(Sorter(False).sort([3, 1, 2]), Sorter(True).sort([3, 1, 2]), pick(True), pick(False))
