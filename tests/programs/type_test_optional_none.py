def f(a, b):
    if all(type(x) == int for x in (a, b)):
        return a + b
    return 0


x = 3
y = 2.5
print(type(x) == int, type(y) == int, type(y) is float, type(x) != str, f(1, 2))
u = [1, "a"][0]
print(type(u) == int)


class P:
    def __init__(self, s=None, q=None):
        if all(type(x) == int for x in (s, q)):
            self.v = s + q
        else:
            self.v = -1


print(P().v, P(1, 2).v, P(3).v)
o = None if x > 5 else 4
print(type(o) == int, type(o) is not int, type(o) == str)
print(type(None) == int, type(None) is not str)
