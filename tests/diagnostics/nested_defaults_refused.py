# Nested functions with default values: compiled when every default is a constant and the name is
# only ever called directly; these uses stay refused.


def passed_as_value(xs):
    def scale(x, k=2):
        return x * k
    return list(map(scale, xs))


def mutable_default():
    def push(x, acc=[]):
        acc.append(x)
        return acc
    push(1)
    return push(2)


def keywords_out_of_order():
    def box(a, b=1, c=2):
        return a + b + c
    return box(0, c=5, b=4)


def unknown_keyword():
    def box(a, b=1):
        return a + b
    return box(0, d=3)


print(passed_as_value([1]), mutable_default(), keywords_out_of_order(), unknown_keyword())
