# Explicit special-method calls on builtin values and objects: x.__str__() is str(x), and so on.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%d)" % self.x
    def __str__(self):
        return "<" + self.__repr__() + ">"
    def __len__(self):
        return self.x
class Q(P):
    def __str__(self):
        return "Q" + super().__str__()
flag = 3 > 2
print(flag.__str__().lower(), (12).__repr__(), "abc".__len__(), [1, 2].__len__())
p = P(4)
print(p.__str__(), p.__repr__(), p.__len__(), str(Q(5)), Q(6).__str__())
print("hi".__hash__() == hash("hi"), (5).__hash__())
