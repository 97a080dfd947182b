# Objects called like functions (`__call__`, also as an alias or a generator),
# fields holding functions (`self.func(x)`), a class used as a decorator, and
# composition of such objects.


class Compose:
    def __init__(self, func):
        self.func = func

    def __call__(self, x):
        return self.func(x)

    def __mul__(self, other):
        return Compose(lambda x: self.func(other.func(x)))


@Compose
def double(x):
    return x * 2


inc = Compose(lambda x: x + 1)
print(double(5), inc(5), (double * inc)(5), (inc * double)(5))
both = inc * double * inc
print([both(i) for i in range(4)])


class Sieve:
    found = [2]
    top = 2

    def __init__(self, top):
        if top > self.top:
            self.check(top)

    def check(self, n):
        if n > self.top:
            for i in range(self.top + 1, n + 1):
                if all(i % p for p in self.found):
                    self.found.append(i)
            Sieve.top = n
        return n in self.found

    __call__ = check


isprime = Sieve(10)
print([n for n in range(30) if isprime(n)], Sieve.top, isprime.check(97), Sieve.top)


class Counter:
    def __init__(self, start):
        self.n = start
        self.calls = 0

    def __call__(self, step=1):
        self.calls += 1
        self.n += step
        return self.n


c = Counter(10)
print(c(), c(5), c(step=-3), c.calls)
fs = [Counter(0), Counter(100)]
for f in fs:
    f()
print([f(2) for f in fs], [f.calls for f in fs])


class Squares:
    def __init__(self):
        self.last = None

    def __call__(self, limit):
        i = 0
        while i * i < limit:
            self.last = i * i
            yield i * i
            i += 1


sq = Squares()
print(list(sq(30)), sq.last)
for v in sq(1000):
    if v > 50:
        break
print(sq.last)


class Poly:
    def __init__(self, coeffs, show):
        self.coeffs = coeffs
        self.show = show

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def describe(self):
        return self.show(self.coeffs)


p = Poly([1, 0, 2], lambda cs: " + ".join("%d*x^%d" % (c, i) for i, c in enumerate(cs)))
print(p(3), p.describe(), p.show([4]))
