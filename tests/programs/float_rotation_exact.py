"""Rotations `(x*c - y*s, x*s + y*c)` rounded as CPython rounds them: g++ 12's straight-line
vectorizer fused this shape into one instruction even under -ffp-contract=off."""
import random

random.seed(3)


def rot(p, c, s):
    x, y = p
    return (x * c - y * s, x * s + y * c)


p = (1.0, 0.0)
for k in range(60):
    c, s = random.random(), random.random()
    p = rot(p, c, s)
    print(repr(p[0]), repr(p[1]))
