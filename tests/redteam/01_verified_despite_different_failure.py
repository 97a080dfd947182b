# CPython: AssertionError (exit 1). C++: pyport's own "integer overflow" stop (exit 1).
# Stdout (empty) and exit status agree, so pyport reports "verified".
limit = 10 ** 20
assert limit < 100, "limit too large"
