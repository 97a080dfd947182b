# A `*` argument followed by more arguments, or two of them: refused before type inference.


def add(a, b, c):
    return a + b + c


print(add(*[1], 2, 3))
print(add(*[1], *[2, 3]))
