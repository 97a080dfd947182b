try:
    raise ValueError(3)
except ValueError as e:
    print(repr(e))
try:
    assert False, 42
except AssertionError as e:
    print(repr(e))
