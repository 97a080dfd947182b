import math
print(math.sinh(2.0), math.expm1(1.0), math.log1p(0.2))
