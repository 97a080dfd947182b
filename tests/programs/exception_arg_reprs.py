# repr() of exceptions keeps the argument's own repr (ints, floats, tuples), raised or kept as values.
def check(n):
    if n < 0:
        raise ValueError(n)
    if n == 0:
        raise ZeroDivisionError(0.5)
    return n


for v in [-3, 0, 2]:
    try:
        print(check(v))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(e), str(e))
err = RuntimeError((1, "a"))
try:
    raise err
except RuntimeError as e:
    print(repr(e), e)
try:
    assert 1 > 2, 42
except AssertionError as e:
    print(repr(e), e)
try:
    assert 1 > 2, "text"
except AssertionError as e:
    print(repr(e), e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e)
raise IndexError(7)
