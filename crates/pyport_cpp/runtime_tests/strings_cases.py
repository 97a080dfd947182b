#!/usr/bin/env python3
"""Cases for pyport's str methods (runtime/pyport/strmethods.hpp), checked against CPython 3.11.

Each case is one Python expression over literals. This script has three modes:
  strings_cases.py            evaluate every case with CPython and print `N expr => repr(result)`
                              (or `=> TypeName: message` when it raises)
  strings_cases.py --cpp      print the same cases as C++ calls into the pyport runtime
                              (`CASE(N, "expr", py::str_split(...));`), included by strings_test.cpp
  strings_cases.py --unicode  print, per block of 4096 code points, a CRC-32 of every code point's
                              str predicates and case mappings (strings_test --unicode prints the same)
runtime_strings.rs compares CPython's output with strings_test's, byte for byte.
"""
import ast
import sys
import zlib

CASES = r"""
"  a b  c ".split()
"".split()
"   ".split()
"a\u3000b\x1cc\x85d\xa0e\u2028f".split()
"\x1f a \u200b b".split()
"a,b,,c".split(",")
"a,b,,c".split(",", 1)
"a,b,,c".split(",", 0)
"a,b,,c".split(",", -1)
"".split(",")
"a::b::".split("::")
"a b".split("")
"  a  b  c  ".split(None, 1)
"  a  b  c  ".split(maxsplit=1)
"  a  b  c  ".split(None, 0)
"x".split(sep=None, maxsplit=2)
"héllo wörld ñ".split("ö")
"  a  b  c  ".rsplit()
"  a  b  c  ".rsplit(None, 1)
"  a  b  c  ".rsplit(maxsplit=0)
"a,b,,c".rsplit(",", 1)
"a,b,,c".rsplit(",")
"aaa".rsplit("aa", 1)
"aaa".split("aa", 1)
"a b".rsplit("")
"".rsplit()
"one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029".splitlines()
"one\ntwo\r\nthree\rfour\x0b\x0c\x1c\x85\u2028x".splitlines(True)
"".splitlines()
"\n".splitlines()
"\n\n".splitlines(True)
"abc".splitlines(keepends=True)
"\r\n\r".splitlines()
", ".join(["a", "b", "c"])
"".join([])
"-".join(["x"])
"é".join(["α", "β", ""])
"-".join("héllo")
"".join("")
", ".join("a")
"  \t hi \n ".strip()
"\u3000hi\xa0".strip()
"  hi  ".lstrip()
"  hi  ".rstrip()
"xxhixx".strip("x")
"abcba".strip("ab")
"abcba".lstrip("ab")
"abcba".rstrip("ab")
"ééaéé".strip("é")
"hi".strip("")
"".strip()
"   ".strip()
"\x1c\x1d\x1e\x1fa".strip()
"aaa".replace("a", "bb")
"aaa".replace("a", "b", 2)
"aaa".replace("a", "b", 0)
"aaa".replace("a", "b", -1)
"abc".replace("", "-")
"abc".replace("", "-", 2)
"".replace("", "x")
"".replace("a", "x")
"héé".replace("", "|")
"héé".replace("é", "e")
"abcabc".replace("bc", "")
"hello".find("l")
"hello".find("l", 3)
"hello".find("l", -2)
"hello".find("l", 1, 3)
"hello".find("l", 10)
"hello".find("")
"hello".find("", 5)
"hello".find("", 6)
"hello".find("", -100)
"hello".find("z")
"hello".find("l", None, None)
"hello".find("l", None, -2)
"héllo wörld".find("ö")
"héllo wörld".find("l", 4)
"héllo wörld".rfind("l")
"héllo wörld".rfind("l", 0, 5)
"hello".rfind("l", -3, -1)
"hello".rfind("")
"hello".rfind("", 2, 4)
"hello".rfind("", 6)
"hello".index("o")
"hello".index("z")
"hello".rindex("l")
"hello".rindex("z")
"hello".index("l", 4)
"ééé".rindex("é", 0, 2)
"aaaa".count("aa")
"aaaa".count("a", 1)
"aaaa".count("a", -1)
"aaaa".count("")
"aaaa".count("", 2)
"aaaa".count("", 4)
"aaaa".count("", 5)
"aaaa".count("", 3, 1)
"".count("")
"éaéa".count("é", 1)
"hello".startswith("he")
"hello".startswith("lo", 3)
"hello".startswith("", 5)
"hello".startswith("", 6)
"hello".startswith("hello", 0, 4)
"hello".startswith(("x", "h"))
"hello".startswith(("x", "y"))
"hello".startswith("l", -2)
"hello".endswith("lo")
"hello".endswith("ll", 0, 4)
"hello".endswith("", 0, 0)
"hello".endswith("", 6)
"hello".endswith(("lo", "x"))
"hello".endswith("h", 0, -4)
"héllo".endswith("é", 0, 2)
"héllo".startswith("llo", 2)
"hello World ß ǅ ŉ ﬁ İ".upper()
"HELLO World ẞ ǅ İ Σ".lower()
"ΑΣ".lower()
"ΑΣ ".lower()
"Σ".lower()
"ΑΣΑ".lower()
"Α.Σ.".lower()
"ΑΣ'".lower()
"ΑΣ'Α".lower()
"hello World ß ǅ ŉ ﬁ İ ΑΣ".casefold()
"ß".upper()
"ﬃ".upper()
"ǆ".title()
"hello wORLD".capitalize()
"ǆemal".capitalize()
"ßtraße".capitalize()
"ΑΣ ΣΑ".capitalize()
"".capitalize()
"hello wORLD it's 3rd-time".title()
"ǆǆ ßa ﬁne".title()
"ΑΣ ΣΑΣ".title()
"Hello wORLD ß ǅ Σ".swapcase()
"ΑΣ".swapcase()
"ﬁ".swapcase()
"123".isdigit()
"²³".isdigit()
"²³".isdecimal()
"½".isnumeric()
"½".isdigit()
"٣".isdecimal()
"一".isnumeric()
"".isdigit()
"12a".isdigit()
"abc".isalpha()
"abcé".isalpha()
"ab1".isalpha()
"".isalpha()
"ǅ".isalpha()
"ab1½".isalnum()
"ab 1".isalnum()
" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u3000".isspace()
"\u200b".isspace()
"".isspace()
"ABC".isupper()
"AB1".isupper()
"ABc".isupper()
"123".isupper()
"ǅ".isupper()
"Ⅰ".isupper()
"abc".islower()
"ab1".islower()
"ª".islower()
"aBc".islower()
"".islower()
"Hello World".istitle()
"Hello world".istitle()
"HEllo".istitle()
"ǅemal".istitle()
"123".istitle()
"A1b".istitle()
"Ab Cd2 E'f".istitle()
"abc".isidentifier()
"_a1".isidentifier()
"1a".isidentifier()
"".isidentifier()
"é_ö".isidentifier()
"a-b".isidentifier()
"℘x".isidentifier()
"x·".isidentifier()
"abc".isascii()
"".isascii()
"é".isascii()
"\x7f".isascii()
"abc".isprintable()
"".isprintable()
"a\n".isprintable()
"é\xa0".isprintable()
"é".isprintable()
"\u200b".isprintable()
"\U0001F600".isprintable()
"abc".center(9)
"abc".center(8)
"ab".center(7, "*")
"ab".center(8, "é")
"abc".center(2)
"abc".center(-1)
"abc".center(9, "ab")
"abc".center(9, "")
"é".ljust(4, "-")
"é".rjust(4, "ñ")
"abc".ljust(2)
"abc".rjust(6)
"42".zfill(5)
"-42".zfill(5)
"+42".zfill(5)
"".zfill(3)
"-".zfill(3)
"abc".zfill(2)
"éé".zfill(4)
"a=b=c".partition("=")
"abc".partition("=")
"a=b=c".rpartition("=")
"abc".rpartition("=")
"abc".partition("")
"abc".rpartition("")
"héé".partition("é")
"a\tbc\tdef\n12\t3".expandtabs()
"a\tbc\tdef\r12\t3".expandtabs(4)
"\t".expandtabs(0)
"\tx".expandtabs(-1)
"é\t|".expandtabs(3)
"abc".removeprefix("ab")
"abc".removeprefix("x")
"abc".removeprefix("")
"abc".removesuffix("bc")
"abc".removesuffix("")
"abc".removesuffix("abcd")
list("héllo")
list("")
list("a\U0001F600b")
int("42")
int("  -42\n")
int("+1_000")
int("1__0")
int("_1")
int("1_")
int("")
int("x")
int("4.5")
int("٣٤")
int("0x1f", 16)
int("0x1f", 0)
int("1f", 16)
int("z", 36)
int("0b101", 0)
int("010", 0)
int("000", 0)
int("12", 1)
int("12", 37)
int("9", 8)
int("\u3000 7 \u3000")
int(" - 5")
int("9223372036854775807")
int("-9223372036854775808")
float("1.5")
float("  -1e3 ")
float("1_000.5")
float("1__0.5")
float("inf")
float("-Infinity")
float("nan")
float(".5")
float("5.")
float(".")
float("")
float("abc")
float("1e500")
float("1e-500")
float("٣.٥")
"%d items" % 5
"%5d|%-5d|%05d|%+d|% d|%+ d" % (42, 42, 42, 42, 42, 42)
"%d %i %u" % (-1, 2, 3)
"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8)
"%#08x|%08.3x|%.3d|%-#6o|" % (-5, -5, 5, 8)
"%5.2f|%-8.3f|%08.2f|%+.1f|% f" % (3.14159, 2.5, -1.5, 2.0, 1.0)
"%e|%E|%.2e|%10.3e|%#.0e" % (12345.678, 0.00012, 1e100, -2.5, 3.0)
"%g|%G|%.3g|%g|%g|%#g|%g" % (0.0001, 1e-5, 1234567.0, 100000.0, 1e16, 1.0, 1.5)
"%f|%F|%f|%5f|%010f" % (float("inf"), float("-inf"), float("nan"), float("inf"), float("inf"))
"%.0f %.0f %.0f" % (0.5, 1.5, 2.5)
"%s %s %s %s" % ("x", 1, 2.5, None)
"%r %r %a" % ("x'y", "é", "é\x00")
"%5s|%-5s|%.2s|%5.1s|%05s" % ("ab", "ab", "héllo", "héllo", "ab")
"%c%c%c|%3c|%-3c|" % (72, "é", 0x1F600, "x", 65)
"%s" % True
"%d" % True
"%f" % False
"%x" % False
"%d" % 3.99
"%d" % -3.99
"%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.0)
"%*d" % (-5, 1)
"100%%" % ()
"%s%%" % 5
"%d %d" % (1,)
"%d" % (1, 2)
"abc" % ()
"abc" % 5
"%" % ()
"%5" % 1
"%z" % 1
"é%y" % 1
"%d" % "x"
"%x" % 2.5
"%o" % "x"
"%f" % "x"
"%c" % "ab"
"%c" % -1
"%c" % 0x110000
"%c" % 2.5
"%*d" % ("a", 1)
"%(a)s" % (1,)
"%d" % None
"{} and {}".format("a", 1)
"{0}{1}{0}".format("ab", "cd")
"{:>8.3f}|{:<6d}|{:^7}|{:*^9}".format(3.14159, 42, "mid", "x")
"{!r} {!s} {!a}".format("é'", 1.5, "é")
"{0!r:>10}".format("ab")
"{:{}}|{:{}.{}f}".format("ab", 5, 3.14159, 8, 2)
"{0:{1}}".format(42, "05d")
"{{}} {{{}}} }}".format(7)
"{:,} {:_b} {:.2%} {:e}".format(1234567, 10, 0.1234, 12345.0)
"{} {}".format(1)
"{0} {2}".format(1, 2)
"{} {0}".format(1)
"{0} {}".format(1)
"{".format()
"}".format()
"a{0".format(1)
"{!x}".format(1)
"{!}".format(1)
"{!rx}".format(1)
"{!r".format(1)
"{:>5".format(1)
"{a{}".format()
"{} {".format()
"{0!x:{1}}".format(1)
"{:{:{}}}".format(1, 2, 3)
"{:d}".format("x")
"{:s}".format(1)
"{name}".format(name="Bob")
"{name} is {0}".format(42, name="Bob")
"{} {x} {}".format(1, 2, x=3)
"{missing}".format(x=1)
"{}".format(None)
"{:>5}".format(None)
"{:5}|{:<5}|{}".format(True, False, True)
"{}".format([1, 2])
"{}".format("")
"héllo {:é^9}".format("wörld")
"héllo"[1]
"héllo"[-1]
"héllo"[-5]
"héllo"[5]
"héllo"[-6]
"abc"[3]
"abc"[-1]
""[0]
"abcé"[3]
("é" * 70 + "abc" + "ü" * 70)[140]
("é" * 70 + "abc" + "ü" * 70)[71]
("é" * 70 + "abc" + "ü" * 70)[-70]
("é" * 70 + "abc" + "ü" * 70)[-71]
("é" * 70 + "abc" + "ü" * 70)[142]
("é" * 70 + "abc" + "ü" * 70)[143]
("x" * 200 + "€")[200]
("x" * 200 + "€")[199]
"héllo wörld"[2:8]
"héllo wörld"[::-1]
"héllo wörld"[::2]
"héllo wörld"[-3:]
"héllo wörld"[:-3]
"héllo wörld"[8:2:-2]
"héllo wörld"[100:]
"héllo wörld"[-100:3]
"hello world"[1:9:3]
"hello world"[::-3]
"hello world"[-4:-1]
"hello world"[5:1]
("ab" * 50 + "ñ" * 50 + "cd" * 50)[90:160]
("ab" * 50 + "ñ" * 50 + "cd" * 50)[160:90:-7]
("ab" * 50 + "ñ" * 50 + "cd" * 50)[::37]
"abc"[::0]
""".strip("\n").split("\n")


def run(src):
    try:
        return repr(eval(src))  # noqa: S307 - our own literal cases
    except Exception as e:  # noqa: BLE001
        return f"{type(e).__name__}: {e}"


# ------------------------------------------------------------------------- C++ translation

def c_bytes(b):
    """A C++ string_view literal holding exactly these bytes."""
    out = []
    for x in b:
        c = chr(x)
        if 32 <= x < 127 and c not in '"\\?':
            out.append(c)
        else:
            out.append("\\%03o" % x)
    return 'std::string_view("%s", %d)' % ("".join(out), len(b))


def c_str(s):
    return c_bytes(s.encode("utf-8"))


def ev(node):
    """The value of a literal sub-expression of a case (literals and float("inf") only)."""
    return eval(compile(ast.fix_missing_locations(ast.Expression(body=node)), "<case>", "eval"))  # noqa: S307


def c_value(node, want=None):
    """A C++ expression for a literal node."""
    v = ev(node)
    return c_literal(v, want)


def c_literal(v, want=None):
    if v is None:
        return "std::optional<int64_t>()" if want == "opt" else "py::None"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        if want == "opt":
            return "std::optional<int64_t>(INT64_C(%d))" % v
        return "INT64_C(%d)" % v
    if isinstance(v, float):
        if v != v:
            return "std::numeric_limits<double>::quiet_NaN()"
        if v in (float("inf"), float("-inf")):
            return ("-" if v < 0 else "") + "std::numeric_limits<double>::infinity()"
        return "double(%s)" % v.hex()
    if isinstance(v, str):
        return c_str(v)
    if isinstance(v, list):
        if all(isinstance(x, str) for x in v):
            return "py::List<py::Str>{%s}" % ", ".join("py::Str(%s)" % c_str(x) for x in v)
        if all(isinstance(x, int) for x in v):
            return "py::List<int64_t>{%s}" % ", ".join("INT64_C(%d)" % x for x in v)
    if isinstance(v, tuple) and all(isinstance(x, str) for x in v):
        return "std::initializer_list<std::string_view>{%s}" % ", ".join(c_str(x) for x in v)
    raise ValueError("no C++ form for %r" % (v,))


def c_float_or(v):
    if isinstance(v, float) and v == v and v not in (float("inf"), float("-inf")):
        return "double(%s)" % v.hex()
    return c_literal(v)


def to_cpp(src):
    tree = ast.parse(src, mode="eval").body
    if isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.Mod):
        fmt = c_value(tree.left)
        rhs = ev(tree.right)
        items = rhs if isinstance(rhs, tuple) else (rhs,)
        return "py::percent_format(%s)" % ", ".join([fmt] + [c_float_or(x) for x in items])
    if isinstance(tree, ast.Subscript):
        # Indexing and slicing a `py::Str` (its cached code point count and sparse index).
        recv = "py::Str(%s)" % c_str(ev(tree.value))
        if isinstance(tree.slice, ast.Slice):
            parts = [c_literal(ev(x) if x is not None else None, "opt") for x in
                     (tree.slice.lower, tree.slice.upper, tree.slice.step)]
            return "py::str_slice(%s, 0)" % ", ".join([recv] + parts)
        return "py::str_getitem(%s, %s)" % (recv, c_value(tree.slice))
    if isinstance(tree, ast.Call) and isinstance(tree.func, ast.Name):
        name = tree.func.id
        args = [c_value(a) for a in tree.args]
        fn = {"int": "py::str_int", "float": "py::str_float", "list": "py::str_chars"}[name]
        return "%s(%s)" % (fn, ", ".join(args))
    assert isinstance(tree, ast.Call) and isinstance(tree.func, ast.Attribute), src
    recv = c_value(tree.func.value)
    meth = tree.func.attr
    pos = [ev(a) for a in tree.args]
    kw = {k.arg: ev(k.value) for k in tree.keywords}
    if meth == "format":
        vals = [c_float_or(x) for x in pos] + [c_float_or(v) for v in kw.values()]
        if kw:
            names = ", ".join('std::string_view("%s")' % k for k in kw)
            return "py::str_format_kw(%s)" % ", ".join([recv, "{%s}" % names] + vals)
        return "py::str_format(%s)" % ", ".join([recv] + vals)
    if meth in ("split", "rsplit"):
        sep = pos[0] if pos else kw.get("sep")
        maxsplit = pos[1] if len(pos) > 1 else kw.get("maxsplit", -1)
        if sep is None:
            if not pos and "maxsplit" not in kw and "sep" not in kw:
                return "py::str_%s(%s)" % (meth, recv)
            return "py::str_%s_ws(%s, INT64_C(%d))" % (meth, recv, maxsplit)
        return "py::str_%s(%s, %s, INT64_C(%d))" % (meth, recv, c_literal(sep), maxsplit)
    if meth == "splitlines":
        keep = pos[0] if pos else kw.get("keepends", False)
        return "py::str_splitlines(%s, %s)" % (recv, c_literal(keep))
    assert not kw, src
    if meth in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        args = [c_literal(pos[0])] + [c_literal(x, "opt") for x in pos[1:]]
    else:
        args = [c_literal(x) for x in pos]
    return "py::str_%s(%s)" % (meth, ", ".join([recv] + args))


# ----------------------------------------------------------------------------- unicode

def unicode_blocks():
    """Per block of 4096 code points (surrogates skipped): CRC-32 of each code point's
    str predicates and case mappings, one line per code point."""
    preds = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper", "islower",
             "istitle", "isidentifier", "isprintable", "isalnum"]
    for block in range(0, 0x110000, 0x1000):
        parts = []
        for cp in range(block, block + 0x1000):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            c = chr(cp)
            bits = "".join("1" if getattr(c, p)() else "0" for p in preds)
            parts.append("%s|%s|%s|%s|%s|%s|%s|%s\n" % (
                bits, c.upper(), c.lower(), c.title(), c.casefold(), c.capitalize(), c.swapcase(),
                ("A" + c + "Σ").lower()))
        crc = zlib.crc32("".join(parts).encode("utf-8"))
        print("block %06X %08x" % (block, crc))


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "--cpp":
        print("// Generated by strings_cases.py --cpp; do not edit.")
        for i, src in enumerate(CASES):
            print("CASE(%d, %s, %s);" % (i, c_str(src), to_cpp(src)))
    elif mode == "--unicode":
        unicode_blocks()
    else:
        for i, src in enumerate(CASES):
            print("%d %s => %s" % (i, src, run(src)))


main()
