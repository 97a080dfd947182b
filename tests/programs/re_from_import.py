# `from re import ...` names and flags, `import re as ...`, and patterns of different shapes
# meeting in one variable (their groups are then read at run time).
import re as regex
from re import IGNORECASE, compile, findall, sub

print(findall(r"\d+", "a1b22c333"), sub(r"\s+", " ", "a   b \t c"))
print(findall(r"[aeiou]", "AbcE", IGNORECASE), regex.findall(r"(\w)(\d)", "a1 b2"))
p = compile(r"(\w+)@(\w+)")
print(p.sub(r"\2 at \1", "me@home you@work"))

for pat in [r"(\d+)", r"x(\d)(\d)?"]:
    m = regex.search(pat, "x12")
    print(m.group(0), m.group(1), m.groupdict(), m.span())


def first_word(text, pattern=regex.compile(r"[A-Za-z]+")):
    m = pattern.search(text)
    return m.group() if m else ""


print(first_word("  123 hello"), repr(first_word("123")))
