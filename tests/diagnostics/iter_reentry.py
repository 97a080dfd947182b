# `iter(obj)` whose iterator's `__iter__` does more than `return self`: a `for` loop over the
# iterator calls that `__iter__` again in CPython (here resetting the count); refused.
class Nums:
    def __iter__(self):
        self.a = 0
        return self

    def __next__(self):
        x = self.a
        self.a += 1
        if x > 3:
            raise StopIteration
        return x


it = iter(Nums())
print(next(it), next(it))
for v in it:
    print(v)
