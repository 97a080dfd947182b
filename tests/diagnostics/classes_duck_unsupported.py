class A:
    def f(self, x):
        return x

    def __eq__(self, other):
        return True


class B:
    def f(self, x, y):
        return x + y


items = [A(), B()]
for it in items:
    print(it.f(1))
print(items[0] == items[1])
