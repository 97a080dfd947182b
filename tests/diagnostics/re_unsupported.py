# Regular expressions the builtin engine refuses, each with its own diagnostic: constructs its
# engine does not run, and patterns CPython rejects with re.error at run time.
import re

s = "aaa bbb"
print(re.findall(r"a*+", s))
print(re.match(r"(?>a+)b", s))
print(re.search(r"(a)?(?(1)b|c)", s))
print(re.sub(r"\N{DIGIT ONE}", "1", s))
print(re.compile(r"x", re.ASCII))
print(re.findall(r"(a", s))
print(re.findall(r"a**", s))
print(re.split(r"(?<=a+)b", s))
print(re.sub(r"(a)", r"\2", s))
print(re.sub(r"a", r"\q", s))
m = re.match(r"(a)(b)?", s)
print(m.group(3), m.expand(r"\1"))
print(re.purge())
