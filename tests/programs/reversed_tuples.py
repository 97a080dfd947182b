# reversed() of tuples: a fixed tuple of floats (Horner's rule), of mixed ints, and a tuple() of a range.
poly = (0.0, 0.0, 5.0, 9.3, 7.0)
x = 10.0
result = 0.0
for coeff in reversed(poly):
    result = result * x + coeff
print(result, list(reversed((1, 2, 3))), [c for c in reversed(("a", "b"))])
t = tuple(range(4))
print(list(reversed(t)))
