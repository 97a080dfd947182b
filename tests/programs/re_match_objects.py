# re.match/search/fullmatch and match objects: group(0/n/name), groups(), groupdict(),
# start/end/span, m[1], truthiness, None when there is no match.
import re


def describe(s):
    m = re.match(r"(\d+)-(\d+)(?:-(\d+))?", s)
    if m:
        print("match", m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
        print("  groups", m.groups(), "span", m.span(), m.span(2), m.start(1), m.end(1))
        print("  item", m[1], m[0], m[3])
    else:
        print("no match for", repr(s))


for s in ["12-34", "1-2-3 rest", "x12-34", "12-", ""]:
    describe(s)

m = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", "mail: jane.doe@example.com, bob@x.org")
print(m.group("user"), m.group("host"), m["host"], m.groupdict())
print(m.start("host"), m.end("user"), m.group(1, 2), m.group("user", 0))
print(m is None, m is not None, bool(m))

print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
print(re.match(r"a|ab", "abc").group(), re.fullmatch(r"a|ab", "ab").group())
print(re.search(r"\d+", "abc") is None)

words = ["apple", "Banana", "cherry7", "42", "d"]
for w in words:
    if re.fullmatch(r"[a-z]+", w):
        print(w, "lower")
    elif re.match(r"\d", w):
        print(w, "digit first")
    else:
        print(w, "other")

# Optional groups: None when they did not take part.
for s in ["ab", "b", "aab"]:
    m = re.match(r"(a)?(a)?b", s)
    print(s, m.groups(), m.group(1), m.span(1) if m.group(1) is not None else "-")

d = re.match(r"(?P<k>\w+)=(?P<v>\d+)?", "key=")
print(d.groupdict(), d.group("v") is None)

m = re.search(r"(\w+)\s(\w+)", "  hello world  ")
a, b = m.groups()
print(a.upper(), b[::-1], len(m.group(0)), m.string, m.pos, m.endpos)
print(m)
print(repr(re.match("x*", "yyy")))
