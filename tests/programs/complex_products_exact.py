"""Complex products and quotients bit-identical to CPython: g++ 12 fused `a*b - c*d` beside
`a*d + c*b` into one vfmsubadd even under -ffp-contract=off (a last-bit difference)."""
import random

random.seed(11)
acc = 0j
for k in range(200):
    a = complex(random.random() * 4 - 2, random.random() * 4 - 2)
    b = complex(random.random() * 4 - 2, random.random() * 4 - 2)
    print(repr(a * b), repr(a / b), abs(a * b))
    acc = acc * (0.5 + 0.25j) + a * b
print(acc)
