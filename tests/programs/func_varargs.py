"""Module docstring: *args functions."""


def poly(*coeffs):
    """Evaluate a polynomial by Horner's rule."""
    def p(x):
        acc = 0.0
        for c in coeffs:
            acc = acc * x + c
        return acc
    return p


def total(first, *rest, scale=1):
    s = first
    for r in rest:
        s += r
    return s * scale


def show(*parts):
    print(len(parts), parts)


q = poly(3, 2, 1)
print(q(2.0), q(-1.5))
print(total(1, 2, 3), total(4, 5, 6, scale=2), total(7, 8, 9))
show("a", "b")
show("c", "d")
print(poly.__doc__)
print(total.__doc__)
print(__doc__)
print(poly.__name__, total.__name__)
