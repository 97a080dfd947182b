#!/usr/bin/env python3
"""Expected output for `core_test --cases`: CPython 3.11 computes every case that
core_test.cpp computes with the pyport runtime; the two outputs must be equal
byte for byte. Results outside int64 print as LIMIT (pyport stops there), except in the int
ops section: the named int ops on two int64 values are exact (py::Int past 64 bits)."""
import math
import sys

OUT = []


def out(*parts):
    OUT.append(" ".join(parts))


class Limit(Exception):
    pass


EXACT_INTS = False  # True while the cases are exact ints (no LIMIT)


def fmt(r):
    if isinstance(r, bool):
        return repr(r)
    if isinstance(r, int):
        if not EXACT_INTS and not -2**63 <= r < 2**63:
            raise Limit()
        return repr(r)
    if isinstance(r, float):
        return repr(r)
    if isinstance(r, str):
        return repr(r)
    if isinstance(r, tuple):
        inner = ", ".join(fmt(x) for x in r)
        return "(" + inner + ("," if len(r) == 1 else "") + ")"
    if isinstance(r, list):
        return "[" + ", ".join(fmt(x) for x in r) + "]"
    if r is None:
        return "None"
    raise TypeError(type(r))


def run(f):
    try:
        return fmt(f())
    except Limit:
        return "LIMIT"
    except Exception as e:  # noqa: BLE001
        return f"{type(e).__name__}: {e}"


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33  # 31 bits

    def below(self, n):
        return self.next() % n


def fnv(b):
    h = 0xcbf29ce484222325
    for c in b:
        h ^= c
        h = (h * 0x100000001b3) % 2**64
    return "%016x" % h


def checked_sum(xs):
    """sum() of ints where pyport stops at the first partial sum outside int64."""
    acc = 0
    for x in xs:
        acc += x
        if not -2**63 <= acc < 2**63:
            return "LIMIT"
    return fmt(acc)


def wrap64(v):
    v %= 2**64
    return v - 2**64 if v >= 2**63 else v


# ---------------------------------------------------------------- int ops
EXACT_INTS = True
IV = [-2**63, -2**63 + 1, -2**62, -10**18, -7, -5, -3, -2, -1, 0, 1, 2, 3, 5, 7, 10**18, 2**62, 2**63 - 1]
for a in IV:
    for b in IV:
        out("int", str(a), str(b), run(lambda: a + b), run(lambda: a - b), run(lambda: a * b),
            run(lambda: a // b), run(lambda: a % b), run(lambda: divmod(a, b)))
    out("neg", str(a), run(lambda: -a), run(lambda: abs(a)), run(lambda: ~a))

PB = [-3, -2, -1, 0, 1, 2, 3, 10, 2**31, -2**31, 3037000499, 3037000500]
PE = [0, 1, 2, 3, 31, 32, 39, 62, 63, 64, 100, 10**18]
for b in PB:
    for e in PE:
        if abs(b) >= 2 and e >= 10**6:
            out("pow", str(b), str(e), "SKIP")  # too large to compute
        else:
            out("pow", str(b), str(e), run(lambda: b ** e))

SA = [-3, -1, 0, 1, 3, 2**62, -2**62, 2**63 - 1, -2**63, 12345]
SN = [-1, 0, 1, 2, 13, 61, 62, 63, 64, 100, 2**62]
for a in SA:
    for n in SN:
        if a != 0 and n > 1000:
            left = "SKIP"  # too large to compute
        else:
            left = run(lambda: a << n)
        out("shift", str(a), str(n), left, run(lambda: a >> n))
for a in [0, 1, -1, 0x0F0F, -12345, 2**63 - 1, -2**63]:
    for b in [0, -1, 0xFF, -256, 2**62]:
        out("bits", str(a), str(b), run(lambda: a & b), run(lambda: a | b), run(lambda: a ^ b))
EXACT_INTS = False

# --------------------------------------------------------------- float divmod
FV = [float("-inf"), -7.5, -3.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 3.0, 7.5, float("inf"), float("nan"),
      1e308, -1e-308, 5e-324, 0.1, 1e16 + 2]
for a in FV:
    for b in FV:
        out("fdm", repr(a), repr(b), run(lambda: divmod(a, b)), run(lambda: a / b))

# ------------------------------------------------------ int/float comparisons
CI = [2**53 - 1, 2**53, 2**53 + 1, -2**53 - 1, -2**53, 2**63 - 1, -2**63, 0, 1, -1, 3, 2**62 + 1]
CF = [2.0**53, 2.0**53 + 2, 2.0**63, -2.0**63, 2.0**62, 0.0, -0.0, 1.0, 0.5, float("inf"), float("-inf"),
      float("nan"), 3.0000000000000004, 2.9999999999999996, -1.0, 9007199254740991.0]
for i in CI:
    for f in CF:
        out("cmp", str(i), repr(f),
            "".join("1" if x else "0" for x in (i == f, i != f, i < f, i <= f, i > f, i >= f,
                                                 f == i, f != i, f < i, f <= i, f > i, f >= i)))

# ----------------------------------------------------------------- Num ops
# py::Num holds exact ints (py::int_t): results past int64 are exact, as CPython's.
def run_exact(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        return f"{type(e).__name__}: {e}"
    return repr(r) if type(r) is int else run(lambda: r)



NV = [0, 1, -3, 7, 2**62, 2**63 - 1, 0.0, -0.0, 1.5, -2.5, 1e300, float("inf"), float("nan"), 3.0]
for a in NV:
    for b in NV:
        out("num", repr(a), repr(b), run_exact(lambda: a + b), run_exact(lambda: a - b), run_exact(lambda: a * b),
            run_exact(lambda: a / b), run_exact(lambda: a // b), run_exact(lambda: a % b),
            run_exact(lambda: max(a, b)), run_exact(lambda: min(a, b)),
            "".join("1" if x else "0" for x in (a == b, a != b, a < b, a <= b, a > b, a >= b)))
    out("num1", repr(a), run_exact(lambda: -a), run_exact(lambda: abs(a)), run_exact(lambda: int(a)), run_exact(lambda: round(a)),
        run_exact(lambda: bool(a)), run_exact(lambda: float(a)))
NP = [0, 1, 2, -2, 3, -1, 0.5, -0.5, 2.0, 10, 63]
for a in NP:
    for b in NP:
        if a < 0 and isinstance(b, float) and b != int(b):
            continue  # complex result in Python
        out("npow", repr(a), repr(b), run_exact(lambda: a ** b))

# ---------------------------------------------------------------- sorting
POOL_F = [float("nan"), -0.0, 0.0, 1.0, -1.0, 2.5, float("inf"), float("-inf"), 3.0, 1e-9, 7.0, 2.5]
POOL_N = [float("nan"), 0, 0.0, -0.0, 1, 1.0, 2**53 + 1, 2.0**53, 9007199254740993, -5, 2.5, 3]


def gen_list(rng, pool, n, shape):
    xs = []
    while len(xs) < n:
        if shape == 0:
            xs.append(pool[rng.below(len(pool))])
        else:
            seg = 1 + rng.below(40 if shape == 1 else 400)
            base = [pool[rng.below(len(pool))] for _ in range(seg)]
            if rng.below(2):
                base = sorted(base) if rng.below(3) else sorted(base, reverse=True)
            xs.extend(base)
    return xs[:n]


rng = Lcg(12345)
for case in range(60):
    n = [0, 1, 2, 5, 31, 64, 65, 200, 1000, 3000][case % 10]
    shape = case % 3
    xs = gen_list(rng, POOL_F, n, shape)
    out("sortf", str(case), fmt(sorted(xs)))
    out("sortfr", str(case), fmt(sorted(xs, reverse=True)))
    ys = gen_list(rng, POOL_N, n, shape)
    out("sortn", str(case), fmt(sorted(ys)))
    out("sortnr", str(case), fmt(sorted(ys, reverse=True)))
    ts = [(rng.below(4), xs[k] if k < len(xs) else 0.0) for k in range(min(n, 500))]
    out("sortt", str(case), fmt(sorted(ts)))
    out("minmax", str(case), run(lambda: min(xs)), run(lambda: max(xs)), run(lambda: min(ys)),
        run(lambda: max(ys)))
    ints = [wrap64(rng.next() * rng.next()) for _ in range(n)]
    out("sorti", str(case), fnv(fmt(sorted(ints)).encode()), checked_sum(ints))

# --------------------------------------------------------------- float sum
rng = Lcg(777)
for case in range(100):
    n = 1 + rng.below(1500)
    xs = []
    for _ in range(n):
        m = rng.next() / 2**31
        e = rng.below(80) - 40
        s = -1.0 if rng.below(2) else 1.0
        xs.append(s * m * 2.0**e)
    out("fsum", str(case), repr(sum(xs)))
    ns = [x if rng.below(3) else int(x * 1000) for x in xs]
    out("nsum", str(case), run(lambda: sum(ns)))

# ------------------------------------------------------------------ str repr
TRICKY = ["", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\t\n\r\x0b\x0c", "\x00\x1f\x7f\x80\x9f\xa0\xad",
          "é中😀", "\u2028\u2029\u200b\ufeff", "\U000e0001\U0010ffff\U000f0000", "a'b\"c'",
          "\ud800\udfff", "\x85\xa0\u1680\u3000", "combining \u0301 ok", "''", '""']
for s in TRICKY:
    out("repr", repr(s))
for block in range(0, 0x110000, 256):
    s = "".join(chr(c) for c in range(block, block + 256))
    r = repr(s)
    if block < 0x3000 or block in (0xD800, 0xDC00, 0xFE00, 0xFF00, 0x1F600, 0xE0000, 0x10FF00):
        out("reprb", str(block), r)
    out("reprh", str(block), fnv(r.encode("utf-8", "surrogatepass")))

# ------------------------------------------------------------------ str ops
SS = ["héllo wörld 😀!", "abc", "", "😀", "aé"]
IDX = [None, -20, -3, -1, 0, 1, 2, 5, 20]
STEPS = [None, 1, 2, 3, -1, -2, -3, 0]
for s in SS:
    out("slen", repr(s), str(len(s)), repr(s * 3), repr(s * 0), repr(s * -1))
    for i in range(-16, 17):
        out("sget", repr(s), str(i), run(lambda: s[i]))
    for lo in IDX:
        for hi in IDX:
            for st in STEPS:
                out("sslice", repr(s), repr(lo), repr(hi), repr(st), run(lambda: s[lo:hi:st]))
for hay in ["", "abc", "héllo"]:
    for needle in ["", "a", "bc", "é", "llo", "x"]:
        out("sin", repr(hay), repr(needle), repr(needle in hay))

# ----------------------------------------------------------------- list ops
XS = list(range(7))
for lo in IDX:
    for hi in IDX:
        for st in STEPS:
            out("lslice", repr(lo), repr(hi), repr(st), run(lambda: XS[lo:hi:st]))
SIDX = [None, -2, 0, 1, 3, 9]
for lo in SIDX:
    for hi in SIDX:
        for st in [None, 1, 2, -1, -2]:
            for k in [0, 1, 2, 3]:
                ys = list(range(6))

                def f():
                    ys[lo:hi:st] = [100 + j for j in range(k)]
                    return ys
                out("lset", repr(lo), repr(hi), repr(st), str(k), run(f))
            zs = list(range(9))

            def g():
                del zs[lo:hi:st]
                return zs
            out("ldel", repr(lo), repr(hi), repr(st), run(g))
for i in [-9, -7, -1, 0, 3, 6, 7, 100]:
    ys = list(range(7))
    out("lins", str(i), run(lambda: ys.insert(i, 99) or ys))
    ys = list(range(7))
    out("lpop", str(i), run(lambda: ys.pop(i)), fmt(ys))

# ---------------------------------------------------------------------- math
UN = [float("-inf"), -1e308, -10.0, -1.0, -0.5, -0.0, 0.0, 1e-300, 0.5, 1.0, 2.0, 10.0, 709.0, 710.0, 1e308,
      float("inf"), float("nan")]
UNARY = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "floor", "ceil", "trunc", "degrees",
         "radians", "isnan", "isinf", "isfinite", "cbrt", "exp2", "erf", "erfc"]
EXACT = {"floor", "ceil", "trunc"}  # exact ints at any size (py::Int), so no LIMIT
for name in UNARY:
    f = getattr(math, name)
    for x in UN:
        if name in EXACT:
            try:
                r = repr(f(x))
            except Exception as e:  # noqa: BLE001
                r = f"{type(e).__name__}: {e}"
            out("m1", name, repr(x), r)
        else:
            out("m1", name, repr(x), run(lambda: f(x)))
BIN = [float("-inf"), -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, 3.0, 1e308, float("inf"), float("nan")]
for name in ["pow", "fmod", "atan2", "hypot", "copysign", "log", "isclose"]:
    f = getattr(math, name)
    for x in BIN:
        for y in BIN:
            out("m2", name, repr(x), repr(y), run(lambda: f(x, y)))
rng = Lcg(4242)
for case in range(20000):
    x = (rng.next() / 2**31) * 2.0 ** (rng.below(2098) - 1074)
    y = (rng.next() / 2**31) * 2.0 ** (rng.below(60) - 30) * x
    out("hyp", repr(math.hypot(x, y)))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 101, 2**52, 2**62, 2**63 - 1, -1, 4503599761588224,
          9223372030926249001, 9223372030926249000]:
    out("isqrt", str(n), run(lambda: math.isqrt(n)))
for a in [0, 1, -1, 12, -18, 2**62, -2**63, 2**63 - 1]:
    for b in [0, 1, 6, -4, -2**63]:
        out("gcd", str(a), str(b), run_exact(lambda: math.gcd(a, b)), run_exact(lambda: math.lcm(a, b)))
for n in range(-1, 23):
    out("fact", str(n), run(lambda: math.factorial(n)))

for n in [-1, 0, 1, 5, 10, 20, 30, 62, 63, 64, 67, 68, 100, 1000, 10**18]:
    for k in [-1, 0, 1, 2, 3, 5, 10, 20, 30, 34, 50, 67, 100]:
        out("comb", str(n), str(k), run(lambda: math.comb(n, k)), run(lambda: math.perm(n, k)))
for x in BIN:
    out("frexp", repr(x), run(lambda: math.frexp(x)), run(lambda: math.modf(x)))
    for i in [-2000, -1075, -1074, -1, 0, 1, 1023, 1024, 2000, 10**10, -10**10]:
        out("ldexp", repr(x), str(i), run(lambda: math.ldexp(x, i)))
    for y in BIN:
        out("rem", repr(x), repr(y), run(lambda: math.remainder(x, y)))

sys.stdout.buffer.write(("\n".join(OUT) + "\n").encode("utf-8", "surrogatepass"))
