# Builtins, math functions and bound methods as function values: key=, map, stored, passed.
from math import sqrt, gcd
from functools import reduce
f = len
print(f("abc"))
ops = {"neg": abs, "int": int}
print(ops["neg"](-3), ops["int"](7))


def apply(fn, x):
    return fn(x)


print(apply(str, 5), apply(repr, 6))
print(list(map(sqrt, [4.0, 9.0])), reduce(gcd, [12, 18, 24]))
fs = [str.upper, str.lower, str.title]
print([g("heLLo woRLD") for g in fs])
print(sorted(["b", "A", "c"], key=str.lower))
