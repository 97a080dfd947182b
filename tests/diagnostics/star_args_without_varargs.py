# A `*` argument is packed only into a `*args` parameter: into a method without one, or into a
# list's method of the same name as some class's `*args` method, it is refused.
class A:
    def put(self, *xs):
        return len(xs)

    def append(self, *xs):
        return xs


class B:
    def put(self, x, y):
        return x + y


b = B()
print(b.put(*[1, 2]), A().put(*[1, 2]))
items = [0]
items.append(*[1])
print(items)
