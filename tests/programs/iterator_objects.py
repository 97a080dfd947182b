# Objects iterated through their class's `__iter__`/`__next__` inside zip() and enumerate(), and
# `iter(obj)` then `next()` and a `for` loop over the rest (its `__iter__` is `return self`).
class Nums:
    def __init__(self, stop=None):
        self.a = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        x = self.a
        if self.stop is not None and x >= self.stop:
            raise StopIteration
        self.a += 1
        return x


data = {}
for key, value in zip(["a", "b"], Nums()):
    data[key] = value
print(data)
for i, v in enumerate(Nums(3)):
    print(i, v)
print(list(zip([1, 2], Nums())))
it = iter(Nums(5))
print(next(it), next(it))
for rest in it:
    print("rest", rest)
pairs = dict(zip("xyz", iter(Nums())))
print(pairs)
