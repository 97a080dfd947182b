#!/usr/bin/env python3
"""Generates test cases for pyport/bigint.hpp (py::Int / py::BigInt), expected results by CPython.

Usage: python3 bigint_cases.py OUT_FILE   (env BIGINT_SCALE=k for k times more random cases)

Each output line is tab-separated: an operation name, its arguments, and the expected result.
Ints are written as Python's format(x, '#x') (exact, and parsing them back is not subject to
the 4300-digit limit); floats as float.hex(); strings with backslash escapes for tab/newline.
An expected exception is `ERROR <Type>: <message>`.

The script must run under CPython 3.11: the expected strings are whatever it prints.
"""
import math
import os
import random
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(f"bigint_cases.py needs CPython 3.11 (found {sys.version.split()[0]})")

rng = random.Random(20261128)
SCALE = int(os.environ.get("BIGINT_SCALE", "1"))
out = []


def h(x):
    return format(x, "#x")


def fl(x):
    return float.hex(x)


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def err(e):
    return f"ERROR {type(e).__name__}: {e}"


def emit(op, args, fn, show=h):
    try:
        res = show(fn())
    except (ArithmeticError, ValueError, IndexError, TypeError) as e:
        res = err(e)
    out.append("\t".join([op] + args + [res]))


EDGES = [0, 1, 2, 3, 7, 10, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**53, 2**53 + 1,
         2**62, 2**63 - 2, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1, 2**64, 2**64 + 1, 2**65,
         2**96 - 1, 2**96, 2**127, 2**128 - 1, 2**128, 10**18, 10**19, 10**20, 3**40,
         2**1024 - 2**970, 2**1024 - 2**971, 2**1024, 2**1023 + 2**970]
EDGES = EDGES + [-x for x in EDGES if x]


def rand_int(max_bits=3000):
    """A random int: mostly log-uniform sizes, sometimes edge values or bit patterns that
    stress carries and the quotient estimate of long division."""
    r = rng.random()
    if r < 0.12:
        return rng.choice(EDGES)
    bits = int(2 ** (rng.random() * math.log2(max_bits))) if rng.random() < 0.8 else rng.randint(1, max_bits)
    if r < 0.22:
        # runs of ones / zeros
        x = 0
        pos = 0
        while pos < bits:
            run = rng.randint(1, 70)
            if rng.random() < 0.5:
                x |= ((1 << run) - 1) << pos
            pos += run
        x &= (1 << bits) - 1
    elif r < 0.28:
        x = (1 << bits) - rng.choice([1, 0, -1, 2**rng.randint(0, max(1, bits - 1))])
    else:
        x = rng.getrandbits(bits)
    return -x if rng.random() < 0.4 else x


def small_int():
    return rng.choice([rng.randint(-100, 100), rng.randint(-2**63, 2**63 - 1), rng.getrandbits(rng.randint(1, 63))])


def any_int():
    return small_int() if rng.random() < 0.25 else rand_int()


def index_of(a):
    """The value as an index: itself when it fits, else CPython's own error for `[0][a]`."""
    if -(2**63) <= a < 2**63:
        return a
    return [0][a]


N = 1500 * SCALE

# -------------------------------------------------------------- binary arithmetic
for _ in range(N):
    a, b = any_int(), any_int()
    A, B = h(a), h(b)
    emit("add", [A, B], lambda: a + b)
    emit("sub", [A, B], lambda: a - b)
    emit("mul", [A, B], lambda: a * b)
    emit("floordiv", [A, B], lambda: a // b)
    emit("mod", [A, B], lambda: a % b)
    emit("divmod", [A, B], lambda: divmod(a, b), lambda t: h(t[0]) + " " + h(t[1]))
    emit("and", [A, B], lambda: a & b)
    emit("or", [A, B], lambda: a | b)
    emit("xor", [A, B], lambda: a ^ b)
    emit("cmp", [A, B], lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b), lambda t: "".join("1" if v else "0" for v in t))
    emit("truediv", [A, B], lambda: a / b, fl)

# division where the divisor is close to the dividend (quotient-estimate corrections)
for _ in range(N // 3):
    b = rand_int()
    q = rng.choice([1, 2, 3, rng.getrandbits(33), rng.getrandbits(64), (1 << 32) - 1])
    a = b * q + rng.choice([0, 1, -1, b - 1 if b else 0, rng.getrandbits(max(1, abs(b).bit_length()))])
    A, B = h(a), h(b)
    emit("floordiv", [A, B], lambda: a // b)
    emit("mod", [A, B], lambda: a % b)
    emit("truediv", [A, B], lambda: a / b, fl)

# long division on 64-bit digits: divisors whose top digit (after normalizing) is all ones, a power
# of two or just above one, dividends whose partial remainders start with the divisor's top digit
# (the quotient-digit estimate 2**64 - 1 and its refinement), and divisors of exactly 64 bits
for _ in range(N // 3):
    k = rng.randint(0, 12)
    top = rng.choice([2**64 - 1, 2**64 - 2, 2**63, 2**63 + 1, rng.getrandbits(64) | 2**63])
    low = rng.choice([0, 2**(64 * k) - 1, rng.getrandbits(64 * k)]) if k else 0
    b = ((top << (64 * k)) | low) >> rng.choice([0, 0, 1, 31, 32, 33, 63])
    if b == 0:
        continue
    shape = rng.random()
    if shape < 0.4:
        a = (b << (64 * rng.randint(1, 4))) - rng.randint(1, 2**64)
    elif shape < 0.7:
        a = b * rng.getrandbits(rng.randint(1, 320)) + rng.randrange(b)
    else:
        a = rng.getrandbits(b.bit_length() + rng.randint(0, 400))
    a, b = rng.choice([1, -1]) * a, rng.choice([1, 1, -1]) * b
    emit("divmod", [h(a), h(b)], lambda: divmod(a, b), lambda t: h(t[0]) + " " + h(t[1]))

# large operands: Karatsuba recursion, unbalanced products, long division
for _ in range(40 * SCALE):
    a = rand_int(40000) * (1 << rng.randint(0, 2000)) + rand_int(3000)
    b = rand_int(40000)
    A, B = h(a), h(b)
    emit("mul", [A, B], lambda: a * b)
    emit("divmod", [A, B], lambda: divmod(a, b), lambda t: h(t[0]) + " " + h(t[1]))
for _ in range(20 * SCALE):
    n = rng.randint(2000, 60000)
    a, b = rng.getrandbits(n) | (1 << (n - 1)), rng.getrandbits(n) | 1
    emit("mul", [h(a), h(b)], lambda: a * b)
    emit("mul", [h(a), h(a)], lambda: a * a)

# ------------------------------------------------------------------- unary ops
for _ in range(N):
    a = any_int()
    A = h(a)
    emit("neg", [A], lambda: -a)
    emit("abs", [A], lambda: abs(a))
    emit("invert", [A], lambda: ~a)
    emit("bit_length", [A], lambda: a.bit_length())
    emit("float", [A], lambda: float(a), fl)
    emit("hash", [A], lambda: hash(a))
    emit("bool", [A], lambda: int(bool(a)))
    emit("index", [A], lambda: index_of(a))

# ------------------------------------------------------------------ shifts
for _ in range(N):
    a = any_int()
    n = rng.choice([0, 1, 31, 32, 33, 63, 64, 65, rng.randint(0, 200), rng.randint(0, 4000), -1, -rng.randint(1, 100)])
    A = h(a)
    emit("lshift", [A, h(n)], lambda: a << n)
    emit("rshift", [A, h(n)], lambda: a >> n)
emit("lshift", [h(1), h(2**70)], lambda: 1 << 2**70)
emit("lshift", [h(0), h(2**70)], lambda: 0 << 2**70)
emit("rshift", [h(-5), h(2**70)], lambda: -5 >> 2**70)
emit("rshift", [h(5), h(2**70)], lambda: 5 >> 2**70)
emit("rshift", [h(5), h(-2**70)], lambda: 5 >> -2**70)

# ------------------------------------------------------------------- powers
for _ in range(N // 2):
    a = rng.choice([any_int(), rng.randint(-20, 20), rng.getrandbits(rng.randint(1, 200))])
    e = rng.choice([0, 1, 2, 3, rng.randint(0, 64), rng.randint(0, 300)])
    if abs(a).bit_length() * e > 60000:
        e = 60000 // max(1, abs(a).bit_length())
    emit("pow", [h(a), h(e)], lambda: a**e)
for a in [0, 1, -1, 2, -2]:
    for e in [2**64, 2**64 + 1]:
        if abs(a) < 2:
            emit("pow", [h(a), h(e)], lambda: a**e)
for _ in range(N):
    a, e, m = any_int(), rng.choice([any_int(), rng.randint(-5, 5)]), rng.choice([any_int(), rng.randint(-10, 10)])
    if rng.random() < 0.3:
        e = -abs(e)
    emit("powmod", [h(a), h(e), h(m)], lambda: pow(a, e, m))
for _ in range(N // 4):
    m = rand_int(1500) | 1
    a = rng.getrandbits(1200)
    emit("powmod", [h(a), h(-1), h(m)], lambda: pow(a, -1, m))
for (a, e, m) in [(2, -1, 4), (0, -1, 5), (2, -1, 1), (2, -1, -1), (3, -2, -7), (2, 3, 0), (5, 0, 1), (5, 0, -3), (0, 0, 7)]:
    emit("powmod", [h(a), h(e), h(m)], lambda: pow(a, e, m))

# --------------------------------------------------------------- int vs float
for _ in range(N):
    a = any_int()
    r = rng.random()
    if r < 0.3 and a != 0 and abs(a) < 2**1023:
        d = float(a) + rng.choice([0.0, 0.5, -0.5])
        d = rng.choice([d, math.nextafter(float(a), math.inf), math.nextafter(float(a), -math.inf)])
    elif r < 0.4:
        d = rng.choice([math.inf, -math.inf, math.nan, 0.0, -0.0, 1e308, -1e308, 2.0**63, -2.0**63, 2.0**64, 0.5, -0.5])
    else:
        d = rng.choice([-1, 1]) * math.ldexp(rng.random(), rng.randint(-10, 1024))
    emit("cmpf", [h(a), fl(d)], lambda: (a < d, a <= d, a == d, a != d, a > d, a >= d), lambda t: "".join("1" if v else "0" for v in t))
    emit("fromfloat", [fl(d)], lambda: int(d))
    emit("addf", [h(a), fl(d)], lambda: a + d, fl)
    emit("mulf", [h(a), fl(d)], lambda: a * d, fl)
    emit("truedivf", [h(a), fl(d)], lambda: a / d, fl)
    emit("floordivf", [h(a), fl(d)], lambda: a // d, fl)
    emit("modf", [fl(d), h(a)], lambda: d % a, fl)

# -------------------------------------------------------------------- text
for _ in range(N):
    a = rand_int(rng.choice([64, 200, 3000, 15000]))
    emit("str", [h(a)], lambda: str(a), esc)
for a in [10**4299, -(10**4299), 10**4300, -(10**4300), 10**4300 - 1, 2**14000]:
    emit("str", [h(a)], lambda: str(a), esc)
for _ in range(N):
    a = rand_int(rng.choice([64, 200, 3000, 14500]))
    s = str(a) if abs(a).bit_length() < 14000 else "1" * rng.choice([4300, 4301, 5000])
    r = rng.random()
    if r < 0.2:
        s = " " + s.replace("1", "1_", 1) + "\n"
    elif r < 0.3:
        s = rng.choice(["+", "", " -"]) + "0" * rng.randint(0, 5) + s.lstrip("-")
    elif r < 0.35:
        s = s + rng.choice(["x", "__1", "_", " 1", "."])
    emit("parse", [esc(s), "10"], lambda: int(s))
for _ in range(N // 2):
    base = rng.choice([0, 2, 3, 7, 8, 10, 16, 36, rng.randint(2, 36)])
    a = rand_int(rng.choice([64, 300, 2000]))
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    b = base or rng.choice([2, 8, 10, 16])
    m, ds = abs(a), []
    while m:
        m, d = divmod(m, b)
        ds.append(digits[d])
    s = "".join(reversed(ds)) or "0"
    if rng.random() < 0.3:
        s = s.upper()
    if base == 0 or (rng.random() < 0.3 and b in (2, 8, 16)):
        s = {2: "0b", 8: "0o", 16: "0x", 10: ""}[b] + s
    if a < 0:
        s = "-" + s
    if rng.random() < 0.05:
        s = s + "g"
    emit("parse", [esc(s), str(base)], lambda: int(s, base))
for s, base in [("0x" + "f" * 5000, 16), ("1" * 4300, 10), ("1" * 4301, 10), ("0777", 0), ("000", 0), ("", 10), ("_1", 10),
                ("1__0", 10), ("0x_1f", 16), ("1", 37), ("9" * 30, 1), ("z" * 40, 36), ("-0b" + "1" * 200, 0)]:
    emit("parse", [esc(s), str(base)], lambda: int(s, base))

# ------------------------------- the named ops on two plain int64 values (py::add(int64, int64, line)...)
# Generated code calls these on loop counters, literals and len() results: exact, promoting past 64 bits.
I64_EDGES = [0, 1, -1, 2, -2, 3, 7, -7, 2**31, 2**32, 2**62, -(2**62), 2**63 - 1, -(2**63), -(2**63) + 1, 2**63 - 2,
             3037000499, 3037000500, -3037000500, 4294967296, -4294967296]


def int64_value():
    return rng.choice([rng.choice(I64_EDGES), rng.randint(-100, 100), rng.randint(-2**63, 2**63 - 1),
                       rng.getrandbits(rng.randint(1, 62)) * rng.choice([1, -1])])


I64_PAIRS = [(a, b) for a in I64_EDGES for b in I64_EDGES] + [(int64_value(), int64_value()) for _ in range(N)]
for a, b in I64_PAIRS:
    A, B = h(a), h(b)
    emit("add64", [A, B], lambda: a + b)
    emit("sub64", [A, B], lambda: a - b)
    emit("mul64", [A, B], lambda: a * b)
    emit("floordiv64", [A, B], lambda: a // b)
    emit("mod64", [A, B], lambda: a % b)
    emit("divmod64", [A, B], lambda: divmod(a, b), lambda t: h(t[0]) + " " + h(t[1]))
    if b > 0:
        emit("floordivpos64", [A, B], lambda: a // b)
        emit("modpos64", [A, B], lambda: a % b)
for a in I64_EDGES + [int64_value() for _ in range(N // 4)]:
    A = h(a)
    emit("neg64", [A], lambda: -a)
    emit("abs64", [A], lambda: abs(a))
    for n in [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, -1, rng.randint(0, 130)]:
        emit("lshift64", [A, h(n)], lambda: a << n)
        emit("rshift64", [A, h(n)], lambda: a >> n)
    for e in [0, 1, 2, 3, 5, 63, 64, rng.randint(0, 70)]:
        if abs(a).bit_length() * e <= 20000:
            emit("pow64", [A, h(e)], lambda: a**e)

SPECS = ["", "d", "x", "X", "o", "b", "#x", "#X", "#o", "#b", ",", "_", ",d", "_x", "_b", "#_o", "+", " ", "-",
         "40", "<50", ">50", "^51", "=50", "*^60", "0=50", "050", "+060,", "n", "e", ".3e", "g", ".10f", "%", "c",
         ".2d", "z", "#c", "+c", "s", "10_", "#_X"]
for _ in range(N):
    a = rand_int(rng.choice([64, 300, 3000]))
    spec = rng.choice(SPECS)
    emit("format", [h(a), esc(spec)], lambda: format(a, spec), esc)
for a in [10**5000, 2**14000, 65, 0x10FFFF, 0x110000, -1, 2**70]:
    for spec in ["d", "x", ",", "c", "b"]:
        emit("format", [h(a), esc(spec)], lambda: format(a, spec), esc)

# ----------------------------------------------- fractions.Fraction (fraction.hpp) on big ints
from fractions import Fraction


def rand_fraction():
    d = rng.choice([1, 2, rng.randint(1, 1000), rand_int(200) or 1, rand_int(1000) or 3])
    return Fraction(rng.choice([0, small_int(), rand_int(200), rand_int(1000)]), d)


def fr(x):
    return esc(str(x))


for _ in range(N // 3):
    a, b = rand_fraction(), rand_fraction()
    if rng.random() < 0.05:
        b = Fraction(0)
    args = [h(a.numerator), h(a.denominator), h(b.numerator), h(b.denominator)]
    emit("frac_add", args, lambda: a + b, fr)
    emit("frac_sub", args, lambda: a - b, fr)
    emit("frac_mul", args, lambda: a * b, fr)
    emit("frac_truediv", args, lambda: a / b, fr)
    emit("frac_floordiv", args, lambda: a // b)
    emit("frac_mod", args, lambda: a % b, fr)
    emit("frac_cmp", args, lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b), lambda t: "".join("1" if v else "0" for v in t))
    emit("frac_hash", args, lambda: hash(a))
    emit("frac_float", args, lambda: float(a), fl)
    emit("frac_round", args, lambda: round(a))
    emit("frac_trunc", args, lambda: int(a))
    emit("frac_limit", args, lambda: a.limit_denominator(abs(b.numerator) % 100000 + 1), fr)
    e = rng.randint(-6, 6)
    emit("frac_pow", args + [h(e)], lambda: a ** e, fr)

# --------------------------------------------- py::Num (num.hpp) holding ints beyond int64
for _ in range(N // 3):
    a = any_int()
    x = rng.choice([rng.uniform(-1e30, 1e30), float(rng.getrandbits(70)), float(a) if abs(a) < 2**1000 else 1.5, 0.0, float("inf"), -float("inf"), float("nan")])
    emit("num_cmpf", [h(a), fl(x)], lambda: (a < x, a <= x, a == x, a != x, a > x, a >= x), lambda t: "".join("1" if v else "0" for v in t))
    emit("num_addf", [h(a), fl(x)], lambda: a + x, fl)
    emit("num_hash", [h(a)], lambda: hash(a))

with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(f"{len(out)} cases")
