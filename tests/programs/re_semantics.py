# Matching semantics that must follow CPython's sre exactly: greedy vs lazy, backtracking into
# groups, alternation order, anchors and `$` before a final newline, flags, lookaround,
# backreferences, Unicode classes, and an exponential pattern CPython also backtracks through.
import re

print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.match(r"(a+)(a+)", "aaaa").groups(), re.match(r"(a+?)(a+)", "aaaa").groups())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(a*)+b", "b").groups())
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"(?:(a)|(b))*", "ab").groups())
print(re.match(r"(a{2,3}?)(a*)", "aaaaa").groups(), re.match(r"a{,2}", "aaa").group())
print(re.match(r"x{2}y{1,}z{0,1}", "xxyyyz").group(), re.match(r"a{2,}", "aaaa").group())
print(re.search(r"a{x", "ba{x").group(), re.search(r"{", "a{").start())
print(re.match(r"(\w+)\s+\1", "hello hello world").group(), re.search(r"(?P<c>.)(?P=c)", "abccd").group())
print(re.search(r"(.)\1{2}", "aabbbcc").group())

print(re.search(r"end$", "the end\n") is not None, re.search(r"end\Z", "the end\n") is None)
print(re.findall(r"^\w+", "one\ntwo\nthree"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "one\ntwo\nthree\n"), re.findall(r"\w+$", "one\ntwo\nthree\n", re.MULTILINE))
print(re.findall(r"$", "a\nb\n"), re.findall(r"$", "a\nb\n", re.M))
print(re.findall(r"a.c", "abc a\nc"), re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"(?s)a.c", "a\nc"))
print(re.findall(r"\Aab", "abab"), re.sub(r"^", ">", "x\ny", flags=re.M))

print(re.findall(r"[a-z]+", "Hello WORLD mixed", re.I), re.findall(r"(?i)hello", "HeLLo hello HELLO"))
print(re.findall(r"[^a-z]+", "abcDEF123ghi", re.IGNORECASE), re.match(r"ß", "SS", re.I))
print(re.findall(r"(?i)[k]", "kK\u212a"), re.findall(r"[A-Z]", "\u212a", re.I))
print(re.search(r"(\w+) \1", "Abc abc", re.I).group(), re.findall(r"(?i:a)b", "ab Ab aB"))
phone = re.compile(
    r"""
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
""",
    re.X,
)
print(phone.findall("555-1234 and 555 9876 and 5551111"))
print(re.findall(r"(?x) a b # comment", "ab a b"), re.findall(r"[ ]x", " x", re.VERBOSE))

print(re.findall(r"\w+(?=,)", "a, bb, ccc"), re.findall(r"\b\w+\b(?!,)", "a, bb, ccc"))
print(re.findall(r"(?<=\$)\d+", "cost $15 or $200"), re.findall(r"(?<!\$)\b\d+", "cost $15 or 200"))
print(re.findall(r"(?<=ab|cd)x", "abx cdx efx"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.match(r"(?=(a+))a*b", "aaab").groups())

print(re.findall(r"\d", "1\u0662\u00b2\uff13x"), re.findall(r"\w+", "naïve café über_42 ĳ"))
print(re.findall(r"\s", "a b\tc\u00a0d\u2003e"), re.findall(r"\W", "a-b é!"))
print(re.findall(r"\bé\w*", "café éclair"), re.findall(r"[à-ÿ]+", "voilà très"))
print(re.findall(r".", "日本語"), re.sub(r"本", "X", "日本語"), re.search(r"語", "日本語").span())
print(re.findall(r"\x41\u0042\U00000043\101\0", "ABCA\x00"), re.findall(r"[\d\-]+", "a-1-2b"))
print(re.findall(r"[]a]", "]a["), re.findall(r"[^]a]", "]a["), re.findall(r"[a-]", "-a"))
print(re.findall(r"\\", "a\\b"), re.findall(r"\.\*", "a.*b"), re.findall(r"[.*]", "a.*b"))
print(re.split(r"\b", "hi there"), re.findall(r"\B", "abc"), re.findall(r"\b", ""))
print(re.findall(r"a|", "ab"), re.findall(r"|a", "ab"), re.sub(r"a*?", "-", "baac"))
print(re.findall(r"(a)(?:b)?(c)?", "a ab ac"), re.match(r"(a)|(b)", "b").span(1))

# Exponential backtracking: CPython is exponential here too (2**20 steps).
print(re.match(r"(a+)+b", "a" * 20) is None, re.match(r"(a|aa)+c", "a" * 18) is None)
