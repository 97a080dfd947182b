# Closures: counter factories with nonlocal state, adders, recursion through a nested def, late binding.
def make_counter(start, step):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    return counter


def make_adder(k):
    def add(x):
        return x + k
    return add


def apply_twice(f, x):
    return f(f(x))


def fib_memo(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    return fib(n)


def late_binding():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda x: x + i)
        i += 1
    return [f(10) for f in fs]


def square(x):
    return x * x


c1 = make_counter(0, 1)
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
add5 = make_adder(5)
print(add5(1), apply_twice(add5, 1), apply_twice(square, 3))
ops = [make_adder(1), square, lambda v: v - 7]
print([op(6) for op in ops])
table = {"sq": square, "inc": make_adder(1)}
print(table["sq"](9), table["inc"](9))
print(fib_memo(80))
print(late_binding())


def outer():
    total = 0
    calls = 0

    def visit(xs):
        nonlocal total, calls
        calls += 1
        for x in xs:
            total += x
    visit([1, 2, 3])
    visit([10])
    return total, calls


print(outer())
