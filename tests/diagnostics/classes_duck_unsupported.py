class A:
    def f(self, x):
        return x


class B:
    def f(self, x, y):
        return x + y


class H:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k


items = [A(), B()]
for it in items:
    print(it.f(1))
print(items[0] == items[1])
keys = [A(), H(1)]
