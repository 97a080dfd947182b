# Float division by zero raises ZeroDivisionError in Python (no inf); exit status 1.
import math

values = [4.0, 1.0, 0.25, 0.0]
for v in values:
    print("sqrt", v, math.sqrt(v))
for v in values:
    print("reciprocal of", v)
    print(1 / v)
print("never printed")
