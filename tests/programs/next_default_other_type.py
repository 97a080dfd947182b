# next(it, default) with a default of another type: the result may be either.
words = iter("alpha beta".split())
first = next(words, 0)
second = next(words, 0)
third = next(words, 0)
print(first, second, third)
print([type(x).__name__ for x in (first, second, third)])

nums = iter([1.5, 2.5])
vals = [next(nums, "done") for _ in range(3)]
print(vals)


def gen():
    yield 10
    yield 20


g = gen()
print(next(g, None), next(g, None), next(g, None), next(g, -1.5))
