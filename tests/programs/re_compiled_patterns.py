# re.compile objects as values, pattern methods, patterns built at run time, and the
# AttributeError of a method called on a failed match (uncaught: CPython's message, exit 1).
import re

WORD = re.compile(r"[A-Za-z]+")
NUM = re.compile(r"(?P<int>\d+)(?:\.(?P<frac>\d+))?")


def tokens(s, pat):
    return [m.group() for m in pat.finditer(s)]


print(WORD.findall("Hello, World 42"), tokens("3.14 and 2", NUM))
for m in NUM.finditer("3.14 and 2"):
    print(m.group("int"), m.group("frac"), m.groupdict())
print(NUM.match("7.5x").groups(), NUM.search("x7").group(), NUM.fullmatch("7.") is None)
print(WORD.sub("W", "ab cd 12"), WORD.subn(lambda m: m.group()[::-1], "ab cd 12"))
print(WORD.split("12ab34cd56"), WORD.split("12ab34cd56", maxsplit=1))
print(WORD.pattern, NUM.groups, WORD.flags == re.compile("x").flags)

rules = [(re.compile(r"\d+"), "NUM"), (re.compile(r"[a-z]+", re.I), "WORD"), (re.compile(r"\s+"), "WS")]


def lex(s):
    out = []
    i = 0
    while i < len(s):
        for pat, kind in rules:
            m = pat.match(s[i:])
            if m:
                if kind != "WS":
                    out.append((kind, m.group()))
                i += m.end()
                break
        else:
            out.append(("CHAR", s[i]))
            i += 1
    return out


print(lex("let x1 = 42 + y;"))

# Patterns known only at run time (compiled by the runtime, cached).
seps = [",", ";", r"\s+"]
for sep in seps:
    print(re.split(sep, "a,b;c d"))
for w in ["ab", "a.b", "(x)"]:
    print(w, re.findall(re.escape(w), "ab a.b (x) axb"))
flags = 0
for f in [re.I, re.M]:
    flags |= f
print(re.findall(r"^ab", "AB\nab", flags))
key = "user"
print(re.search("(?P<" + key + r">\w+)@", "id: sam@host").group(key))
print(re.sub("o", "0", "foo"), re.match(r"[0-9]+", "123abc").end())

line = "no numbers here"
m = re.search(r"\d+", line)
print("found" if m else "none")
print(m.group())
