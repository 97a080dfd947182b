#!/usr/bin/env python3
"""Generates test cases for pyport/numfmt.hpp, with expected results computed by CPython.

Usage: python3 numfmt_cases.py OUT_FILE   (env NUMFMT_SCALE=k for k times more random cases)

Each output line is tab-separated: an operation name, its arguments, and the expected result.
Fields are escaped (backslash, \\t, \\n, \\r, \\xNN for other control characters) so that any
string fits on one line; non-ASCII text is written as UTF-8. Doubles are written with
float.hex() so they are exact. An expected exception is written as `ERROR <Type>: <message>`,
where pyport's own limits (results beyond int64, complex results) use `pyport.LimitError`.

The script must run under CPython 3.11: the expected strings are whatever it prints.
"""
import math
import os
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(f"numfmt_cases.py needs CPython 3.11 (found {sys.version.split()[0]})")

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
LIMIT = "pyport.LimitError"

rng = random.Random(20240611)
lines = []
# NUMFMT_SCALE=k multiplies the number of random cases (for occasional deep runs).
SCALE = int(os.environ.get("NUMFMT_SCALE", "1"))


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


def fhex(x):
    # float.hex drops the sign of a nan; keep it so the C++ side sees the same bits.
    if math.isnan(x) and math.copysign(1.0, x) < 0:
        return "-nan"
    return float.hex(x)


def err(e):
    return f"ERROR {type(e).__name__}: {e}"


def add(op, *fields):
    lines.append("\t".join([op] + [esc(str(f)) for f in fields]))


def run(f):
    """Calls f; returns its result or the ERROR line of the exception it raised."""
    try:
        return f()
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return e


def in_int64(v):
    return INT64_MIN <= v <= INT64_MAX


# ---------------------------------------------------------------------------------------------
# Value sources

SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 10.0, 100.0,
    123.0, 123.456, 1234.5, 0.001, 0.0001, 0.00001, 1e-5, 1.5e-7, 1e16, 1e15, 9999999999999998.0,
    1e17, 1e22, 1e23, 2e16 + 8, 123456789012345678.0, 1e100, 1e300, 1.7976931348623157e308,
    2.2250738585072014e-308, 2.225073858507201e-308, 5e-324, 1e-320, 4.9406564584124654e-324,
    math.pi, math.e, 2.675, 0.125, 0.375, 1.005, 9.995, 99.5, 0.05, 0.95, 0.45, 5e-5, 9.5,
    float("inf"), float("-inf"), float("nan"), -float("nan"), 2.0**53, 2.0**53 + 2, 2.0**63, -(2.0**63),
    2.0**64, 1e-7, 12345678.9, 0.000123, 1e-4, 9.999999e-5, 999999.5, 0.9999995, 1e21, 1e-10,
]


def random_double():
    kind = rng.random()
    if kind < 0.3:
        # any bit pattern: every exponent, subnormals, infinities, nans
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if kind < 0.55:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    if kind < 0.7:
        # short decimals: exercise ties and trailing zeros
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if kind < 0.8:
        return float(rng.randint(-(10**rng.randint(1, 20)), 10 ** rng.randint(1, 20)))
    if kind < 0.9:
        return rng.choice(SPECIAL_FLOATS)
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)


def random_int64():
    kind = rng.random()
    if kind < 0.1:
        return rng.choice([0, 1, -1, INT64_MIN, INT64_MAX, INT64_MIN + 1, INT64_MAX - 1, 2**53,
                           2**53 + 1, -(2**53) - 1, 10**18, -(10**18), 255, -255, 1000, 65, 0x10FFFF,
                           0x110000, 0xD800, 9, 10, 99, 100, 999, 1000, 9999, 10000])
    bits = rng.randint(0, 63)
    v = rng.getrandbits(bits) if bits else 0
    return -v if rng.random() < 0.4 else v


# ---------------------------------------------------------------------------------------------
# Format specs

FILLS = ["", "", "", " ", "*", "0", "x", "\u2605", "<", "=", "{", "_", ","]


def random_spec(types):
    parts = []
    r = rng.random()
    if r < 0.35:
        parts.append(rng.choice(FILLS) + rng.choice("<>=^"))
    elif r < 0.5:
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.08:
        parts.append("z")
    if rng.random() < 0.15:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([0, 1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40])))
    r = rng.random()
    if r < 0.12:
        parts.append(",")
    elif r < 0.22:
        parts.append("_")
    elif r < 0.23:
        parts.append(rng.choice([",_", "_,", ",,"]))
    r = rng.random()
    if r < 0.45:
        parts.append("." + str(rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 20, 25])))
    elif r < 0.47:
        parts.append("." + str(rng.choice([40, 60, 100, 330, 400])))
    elif r < 0.48:
        parts.append(".")
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    spec = "".join(parts)
    if rng.random() < 0.01:
        spec += rng.choice(["x", "ff", "\u2605"])
    return spec


FLOAT_TYPES = list("eEfFgGn%") + ["", "", ""] + list("dxsbc") + ["\u2605"]
INT_TYPES = list("bcdoxXn") + list("eEfFgG%") + ["", "", ""] + ["s", "r", "\u2605"]
STR_TYPES = ["s", "s", "", "", "d", "f"]

FLOAT_SPECS = [
    "", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", ".0e", ".3e", "e", "E", "g", "G", ".3g",
    ".10g", ".17g", "%", ".1%", ".0%", "n", ".3n", ".3", ".2", ".0", ".1", ".17", "10", "<10",
    "^10", "=10", "010", "+", " ", "-", "+.2f", "010.2f", "#", "#.0f", "#.0e", "#g", "#.3g", "#10.0f",
    ",", ",.2f", "_.2f", "020,.2f", "020_.3f", "0=20,f", "x^20,.2f", "z.2f", "z.0f", "z", "+z.1f",
    "z%", ".300f", ".500f", ".330e", "\u0663", ">\u0661\u0660", ".\u0662f", "\n>5", "\x00^7",
    ">" + "0" * 60 + "25.3f", "0" * 60 + "25.3f", "x" * 60, "\u2605" * 3, "+" * 2, "z" * 2, "##", ".400e", ".100g", "15,", "015,", "09,", "08,", "07,", "\u2605>12.3f", "0<10",
    "0^11", "#.3", "#.0", ",g", ",e", ",%", "_", "n", "#n", "10n", "010n", ".2n", "*<+12.4e",
    "abc", "d", "x", ",n", "_n", ",_", "_,", ".", ".f", "..2f", "99999999999999999999",
    ".99999999999", "s", "c", ",c", "=", "0=", "0", "00", "000", "0.2", "z.2e", "zg", "#%",
]

INT_SPECS = [
    "", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", ",", "_", "_b", "_o", "_x", "_X",
    "#_x", "#010_b", ",d", "010,", "010_", "+", " ", "-", "+d", " d", "=10", "010", "#010x",
    "+#010X", "^10", "<10", ">10", "*^+#15_o", "e", "E", "f", "F", "g", "G", "%", ".2f", ".0e",
    ",.2f", ".2", "z", "zd", "z.2f", ".3n", "c", "+c", "#c", "5c", "05c", "<5c", ",c", "_c", "s",
    "r", ",n", "_n", ",b", ",x", "_d", "09,", "08,", "07,d", "0=13,", "\u2605=12,", "x<8",
    "abc", "\u2605", "x\u2605", "0b", "#0b", ".", "99999999999999999999", "e\u2605", "010.2%",
    "#.0f", "#g", "#e", "z.0f", "zf", "+z.2e", "010n", "+n", "#n", "\u0663d", ">\u0661\u0660",
    "\n>5", ">" + "0" * 60 + "25", "0" * 60 + "25x", "x" * 60, "-#_X", " #o", "=", "0=", "*=+9",
]

STR_SPECS = [
    "", "s", "10", "<10", ">10", "^10", "^11", "*^9", "\u2605>7", ".0", ".1", ".3", ".3s", "10.2",
    ">10.2", "05", "0>5", "=10", "+", " ", "-", "z", "#", "d", ",", "_", ",s", "abc", ".", "0",
    "x<3", "<0", ">1", "^", "10.10", "2.1", "\u0663", ".\u0661", "\u2605^\u0661\u0660",
    "<" + "0" * 60 + "12", "x" * 60, "\t<5", "0<5", "00", "0^5",
]

STRINGS = ["", "a", "abc", "hello world", "caf\u00e9", "\u2605\u2605", "\u65e5\u672c\u8a9e",
           "tab\there", "x" * 12, "\U0001F600ok", "e\u0301", "line\nbreak"]

# ---------------------------------------------------------------------------------------------
# Case generators


def gen_repr():
    for x in SPECIAL_FLOATS:
        add("repr", fhex(x), repr(x))
    for _ in range(6000 * SCALE):
        x = random_double()
        add("repr", fhex(x), repr(x))
    # every power of ten and its neighbours: the exponent-form boundaries
    for k in range(-325, 309):
        for x in (10.0**k, math.nextafter(10.0**k, 0), math.nextafter(10.0**k, math.inf)):
            add("repr", fhex(x), repr(x))


def gen_ffmt():
    xs = SPECIAL_FLOATS
    for spec in FLOAT_SPECS:
        for x in xs:
            r = run(lambda: format(x, spec))
            add("ffmt", fhex(x), spec, err(r) if isinstance(r, Exception) else r)
    for _ in range(15000 * SCALE):
        x = random_double()
        spec = random_spec(FLOAT_TYPES)
        r = run(lambda: format(x, spec))
        add("ffmt", fhex(x), spec, err(r) if isinstance(r, Exception) else r)
    # 'f'/'e'/'g' at every precision on values near rounding ties
    for _ in range(3000 * SCALE):
        x = rng.choice([random_double(), round(rng.uniform(-100, 100), rng.randint(1, 4)),
                        rng.randint(0, 10**6) / 2**rng.randint(0, 20)])
        spec = "." + str(rng.randint(0, 20)) + rng.choice("efg%")
        r = run(lambda: format(x, spec))
        add("ffmt", fhex(x), spec, err(r) if isinstance(r, Exception) else r)


def gen_ifmt():
    xs = [0, 1, -1, 7, -7, 42, 255, -255, 1000, -1000, 65, 0x10FFFF, 0x110000, 0x2605, 0xD800,
          123456789, -123456789, 2**53 + 1, INT64_MAX, INT64_MIN, INT64_MIN + 1, 10**15, -(10**18)]
    for spec in INT_SPECS:
        for x in xs:
            r = run(lambda: format(x, spec))
            add("ifmt", x, spec, err(r) if isinstance(r, Exception) else r)
    for _ in range(12000 * SCALE):
        x = random_int64()
        if rng.random() < 0.05:
            x = rng.randint(0, 0x10FFFF)
        spec = random_spec(INT_TYPES)
        r = run(lambda: format(x, spec))
        add("ifmt", x, spec, err(r) if isinstance(r, Exception) else r)
    for x in [0, 5, -5, 1234567, INT64_MIN, INT64_MAX]:
        add("i2s", x, str(x))
    for _ in range(1000 * SCALE):
        x = random_int64()
        add("i2s", x, str(x))


def gen_bfmt():
    for spec in INT_SPECS + ["", ">6", "<6", "^7", "s", "10", "f", ".1f", "d", "x", "#x", "c"]:
        for b in (True, False):
            r = run(lambda: format(b, spec))
            add("bfmt", int(b), spec, err(r) if isinstance(r, Exception) else r)


def gen_sfmt():
    for spec in STR_SPECS:
        for s in STRINGS:
            r = run(lambda: format(s, spec))
            add("sfmt", s, spec, err(r) if isinstance(r, Exception) else r)
    for _ in range(2000 * SCALE):
        s = rng.choice(STRINGS)
        spec = random_spec(STR_TYPES)
        r = run(lambda: format(s, spec))
        add("sfmt", s, spec, err(r) if isinstance(r, Exception) else r)


def gen_round():
    def add_round(x, n):
        r = run(lambda: round(x, n))
        add("round", fhex(x), n, err(r) if isinstance(r, Exception) else fhex(r))

    cases = [(2.675, 2), (0.5, 0), (-0.5, 0), (1.5, 0), (2.5, 0), (0.125, 2), (0.375, 2),
             (1.005, 2), (15.0, -1), (25.0, -1), (5.0, -1), (50.0, -2), (5.000001, -1),
             (1250.0, -2), (1350.0, -2), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
             (1e308, -308), (5e307, -308), (4.9e307, -308), (123.456, 400), (123.456, -400),
             (-123.456, -400), (0.1, 323), (0.1, 324), (1e-320, 323), (1e-320, 322),
             (-0.4, 0), (-0.0, 2), (0.0, -5), (float("inf"), 2), (float("-inf"), -2),
             (float("nan"), 0), (96.0, -1), (94.0, -1), (995.0, -1), (9.5, 0), (-9.5, 0),
             (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1), (2**53 + 0.0, -1), (1e22, -22), (5e21, -22),
             (5e22, -23), (1e23, -23), (6e22, -23), (math.pi, 10), (math.pi, -1), (1e300, -300)]
    for x, n in cases:
        add_round(x, n)
    for _ in range(5000 * SCALE):
        x = random_double()
        n = rng.choice([rng.randint(-5, 15), rng.randint(-330, 340)])
        add_round(x, n)
    # decimal ties: k * 10**-d + half unit, at the precision d
    for _ in range(2000 * SCALE):
        d = rng.randint(-10, 10)
        x = (rng.randint(0, 10**6) + 0.5) * 10.0**-d
        add_round(x if rng.random() < 0.7 else -x, d)

    def expect_int(f, limit_msg):
        try:
            v = f()
        except (ValueError, OverflowError) as e:
            return err(e)
        return str(v) if in_int64(v) else f"ERROR {LIMIT}: {limit_msg}"

    round_limit = "integer result of round() does not fit in 64 bits (pyport computes this value in 64 bits)"
    int_limit = "int() of a float beyond 64 bits (pyport computes this value in 64 bits)"
    xs = SPECIAL_FLOATS + [0.49999999999999994, -0.49999999999999994, 4503599627370497.0,
                           9.223372036854775e18, -9.223372036854776e18, 9.223372036854776e18,
                           -9.223372036854778e18, 3.5, -3.5, 4.5, -4.5, 1e19, -1e19]
    xs += [random_double() for _ in range(3000 * SCALE)]
    xs += [rng.randint(-10**6, 10**6) / 2 for _ in range(500 * SCALE)]
    for x in xs:
        add("roundi", fhex(x), expect_int(lambda: round(x), round_limit))
        add("toint", fhex(x), expect_int(lambda: int(x), int_limit))


def gen_arith():
    vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 0.1, -0.1, 7.5, -7.5, 1e300,
            -1e300, 1e-300, 5e-324, -5e-324, float("inf"), float("-inf"), float("nan"), 1e16, 3.7,
            -3.7, 2.0**53, 10.0, 0.3, 1e22, 1.5, -1.5, 100.0, 1 / 3, 1e308, -1e308, 0.9, 1.1]
    pairs = [(a, b) for a in vals for b in vals]
    pairs += [(random_double(), random_double()) for _ in range(3000 * SCALE)]
    pairs += [(rng.uniform(-100, 100), rng.choice([rng.uniform(-10, 10), float(rng.randint(-9, 9))]))
              for _ in range(2000 * SCALE)]
    for a, b in pairs:
        for op, f in (("floordiv", lambda: a // b), ("mod", lambda: a % b)):
            r = run(f)
            add(op, fhex(a), fhex(b), err(r) if isinstance(r, Exception) else fhex(r))
    pow_pairs = [(a, b) for a in vals for b in vals + [0.5, -0.5, 2.5, 1e10, -1e10, 3.0, 1025.0, 1e19]]
    # subnormal and underflowing results are not errors; overflow is
    pow_pairs += [(2.0, -1074.0), (2.0, -1070.5), (0.5, 1074.0), (10.0, -320.0), (10.0, -323.5),
                  (10.0, -400.0), (-2.0, -1073.0), (-10.0, -321.0), (-10.0, -400.5), (10.0, 308.5),
                  (10.0, 309.0), (-10.0, 309.0), (-10.0, 310.0), (-10.0, 308.5), (-10.0, 309.5),
                  (-1.0, 1e300), (-1.0, 3e15 + 1), (-1.0, 0.5), (-0.5, float("inf")), (-8.0, 1 / 3)]
    pow_pairs += [(rng.uniform(-10, 10), rng.choice([float(rng.randint(-400, 400)), rng.uniform(-50, 50)]))
                  for _ in range(2000 * SCALE)]
    pow_pairs += [(random_double(), random_double()) for _ in range(1000 * SCALE)]
    for a, b in pow_pairs:
        r = run(lambda: a ** b)
        if isinstance(r, complex):
            exp = f"ERROR {LIMIT}: complex result of ** is not supported"
        elif isinstance(r, Exception):
            exp = err(r)
        else:
            exp = fhex(r)
        add("pow", fhex(a), fhex(b), exp)


def gen_truediv():
    specials = [0, 1, -1, 2, 3, 7, 10, 2**53, 2**53 + 1, 2**53 - 1, 2**54 + 1, 2**62 + 1, INT64_MAX,
                INT64_MIN, INT64_MIN + 1, 3**39, 10**18, -(10**18) - 1]
    pairs = [(a, b) for a in specials for b in specials]
    for _ in range(6000 * SCALE):
        a = random_int64()
        b = random_int64()
        if rng.random() < 0.5:  # force large operands off the fast path
            a = rng.choice([1, -1]) * rng.getrandbits(rng.randint(54, 63))
        pairs.append((a, b))
    for _ in range(500 * SCALE):  # quotients that land exactly on rounding ties
        q = rng.getrandbits(54) | 1
        b = rng.randint(1, 500)
        if q * b <= INT64_MAX:
            pairs.append((q * b, b))
    for a, b in pairs:
        r = run(lambda: a / b)
        add("truediv", a, b, err(r) if isinstance(r, Exception) else fhex(r))
    for _ in range(1000 * SCALE):
        i = random_int64()
        add("i2f", i, fhex(float(i)))
    for i in specials:
        add("i2f", i, fhex(float(i)))


def gen_cmp():
    def cmp(i, d):
        if math.isnan(d):
            return 2
        return -1 if i < d else 1 if i > d else 0

    cases = [(2**53 + 1, 9007199254740992.0), (2**53, 9007199254740992.0), (INT64_MAX, 2.0**63),
             (INT64_MIN, -(2.0**63)), (INT64_MIN, -9.223372036854778e18), (0, -0.0), (0, 0.5),
             (0, -0.5), (1, float("nan")), (1, float("inf")), (1, float("-inf")), (-1, -0.5)]
    for _ in range(3000 * SCALE):
        i = random_int64()
        if rng.random() < 0.5:
            d = float(i)
            for _k in range(rng.randint(0, 3)):
                d = math.nextafter(d, rng.choice([math.inf, -math.inf]))
        elif rng.random() < 0.5:
            d = float(i) + rng.choice([0.5, -0.5, 0.25, 0.0])
        else:
            d = random_double()
        cases.append((i, d))
    for i, d in cases:
        add("cmp", i, fhex(d), cmp(i, d))


def gen_pfloat():
    strs = ["0", "1", "-1", "+1", "1.5", "-1.5", ".5", "5.", ".", "-.5", "+.5e3", "1e5", "1E5",
            "+1E5", "1e+5", "1e-5", "1e", "1e+", "e5", "1.e5", ".e5", "  1.25  ", "\t\n3.0\r\x0b\x0c",
            "1_000.5", "1__0", "_1", "1_", "1_0e1_0", "1e_1", "1._5", "1_.5", "0x10", "inf", "-inf",
            "+inf", "Infinity", "-INFINITY", "infinit", "infinityx", "nan", "-nan", "NaN", "+NAN",
            "nanx", "in", "abc", "", " ", "1 2", "1e400", "-1e400", "1e-400", "-1e-400", "4.9e-324",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
            "1.7976931348623159e308", "0.1", "123456789012345678901234567890", "0e999999999999",
            "1e999999999999999999999", "1e-999999999999999999999", "0." + "0" * 400 + "1e400",
            "1" + "0" * 400 + "e-400", "2.5", "\u00a01.5\u3000", "\u0663.\u0665", "\uff11\uff12",
            "1\u2605", "\u2605", "a'b", "a\"b", "'\"", "\x00", "1\x00", "1.5\x7f", "\x1c1",
            "1\u00a0", "\u2028 2 \u2029", "- 1", "--1", "+-1", "1.5.5", "00012", "-0", "-0.0",
            "0.000001", "1e0010", "1_2_3.4_5e+1_0", "\\", "tab\tx", "9" * 30 + "e-30", "-", "+",
            "e", "E5", "-.", "+.e1", "in_f", "1_e5", " _1", "\u2605" * 300, "x" * 300, "1" * 400,
            "0." + "0" * 330 + "25", "1e-324", "-1e-324", "2.5e-324", "-nan(123)", "nan(1)",
            "0x1p3", "1d5", "1f", "\u0660" * 3 + ".5", "\u0085 1 \u0085", "\x1c1", "\u1680\u200a3"]
    for _ in range(3000 * SCALE):
        x = random_double()
        s = rng.choice([repr(x), format(x, ".20e"), format(x, ".5g"), str(rng.randint(-10**25, 10**25))])
        r = rng.random()
        if r < 0.1:
            s = "  " + s + "\n"
        elif r < 0.2 and len(s) > 2:
            k = rng.randint(1, len(s) - 1)
            s = s[:k] + "_" + s[k:]
        elif r < 0.3:
            s = s.upper()
        elif r < 0.35 and s:
            k = rng.randint(0, len(s) - 1)
            s = s[:k] + rng.choice("x._ e+-") + s[k + 1:]
        strs.append(s)
    for s in strs:
        r = run(lambda: float(s))
        add("pfloat", s, err(r) if isinstance(r, Exception) else fhex(r))


def gen_pint():
    limit = f"ERROR {LIMIT}: int() of a string beyond 64 bits (pyport computes this value in 64 bits)"
    cases = []
    for s in ["0", "-0", "+0", "00", "0_0", "007", "1", "-1", "+1", " 12 ", "\t-12\n", "1_000",
              "1__000", "_1", "1_", "0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "0x_1f",
              "0x__1f", "0x", "0b", "0o", "0x_", "-0x1f", "- 1", "--1", "1.5", "", " ", "abc", "z",
              "Z", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
              "-9223372036854775809", "99999999999999999999999", "99999999999999999999x",
              "0999999999999999999999", "1" * 5000, "0" * 5000 + "1", "0" * 5000 + "x",
              "1" * 4300, "1" * 4301, "\u0663\u0665", "\uff11\uff12", "\u00a012\u3000", "1\u2605",
              "1\x00", "12\x7f", "a" * 300, "'", "0_", "0x1_f", "0x1f_", "1e5", "\u2028 7", "0_7",
              "0_0_0", "00_0", "\u2605" * 300, "9223372036854775807_0", "-0b" + "1" + "0" * 63,
              "0b" + "1" * 63, "0b" + "1" * 64, "-0x8000000000000000", "0x8000000000000000",
              "-0x8000000000000001", "0" * 100 + "9223372036854775807", "0x" + "0" * 5000 + "1",
              "+_1", "-_1", "1 _2", "0b_1", "0b__1", "0o_", "1\u0085", "\u0085 1"]:
        for base in [0, 10, 16, 8, 2, 36, 3, 1, 37, -1]:
            cases.append((s, base))
    for _ in range(4000 * SCALE):
        base = rng.choice([0, 2, 8, 10, 16, 36, 7, 3, 10, 10])
        v = random_int64() if rng.random() < 0.85 else rng.randint(-(2**70), 2**70)
        b = base or rng.choice([2, 8, 10, 16])
        digs = []
        a = abs(v)
        while True:
            digs.append("0123456789abcdefghijklmnopqrstuvwxyz"[a % b])
            a //= b
            if a == 0:
                break
        s = "".join(reversed(digs))
        if rng.random() < 0.3:
            s = s.upper()
        if rng.random() < 0.2 and len(s) > 1:
            k = rng.randint(1, len(s) - 1)
            s = s[:k] + "_" + s[k:]
        pre = {2: "0b", 8: "0o", 16: "0x"}.get(b, "")
        if base == 0 or (pre and rng.random() < 0.5):
            s = pre + s
        if v < 0:
            s = "-" + s
        elif rng.random() < 0.1:
            s = "+" + s
        r = rng.random()
        if r < 0.1:
            s = " " + s + "  "
        elif r < 0.15 and s:
            k = rng.randint(0, len(s) - 1)
            s = s[:k] + rng.choice("x_ .-g9") + s[k + 1:]
        cases.append((s, base))
    for s, base in cases:
        try:
            v = int(s, base)
            exp = str(v) if in_int64(v) else limit
        except ValueError as e:
            exp = err(e)
        add("pint", s, base, exp)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: numfmt_cases.py OUT_FILE")
    gen_repr()
    gen_ffmt()
    gen_ifmt()
    gen_bfmt()
    gen_sfmt()
    gen_round()
    gen_arith()
    gen_truediv()
    gen_cmp()
    gen_pfloat()
    gen_pint()
    with open(sys.argv[1], "w", encoding="utf-8", errors="surrogatepass", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    print(f"{len(lines)} cases written to {sys.argv[1]}")


main()
