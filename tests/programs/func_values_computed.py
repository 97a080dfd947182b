"""Function values computed by expressions: curried calls, returned lambdas, stored functions."""


def compose(g):
    return lambda f: lambda x: g(f(x))


def adder(n):
    return lambda x: x + n


def scaler(k):
    def go(x):
        return x * k
    return go


def show(x):
    return "<" + str(x) + ">"


def table(xs):
    w = max(map(compose(len)(show), xs))
    return "\n".join(show(x).rjust(w, ".") for x in xs)


print(table([1, 22, 333, 4444]))
print(list(map(adder(10), [1, 2, 3])))
print(sorted([5, -3, 2, -8], key=scaler(-1)))
print(list(filter(adder(-3), [-4, 1, 3, -2, 0])), list(map(compose(len)(str), [7, -10, 123])))
fs = [adder(1), scaler(3), lambda v: adder(2)(scaler(5)(v))]
print([f(7) for f in fs])
print(list(map(fs[2], range(4))))
ops = {"double": scaler(2), "inc": adder(1)}
for name in sorted(ops):
    print(name, list(map(ops[name], [0, 5, 10])))
print(adder(3)(4), scaler(2)(adder(1)(20)))
