# findall / finditer / sub / subn / split, including the Python 3.7+ rules for empty matches.
import re

text = "The quick brown fox, born 2019-04-01, jumped 3 times over 12 lazy dogs."
print(re.findall(r"\d+", text))
print(re.findall(r"(\d+)-(\d+)-(\d+)", text))
print(re.findall(r"(\w)o", text))
print(re.findall(r"[A-Z]\w*|\d+", text))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"", "abc"))
print(re.findall(r"\b", "hi there"))
print(re.findall(r"(a)|(b)", "abc"))
print([m.span() for m in re.finditer(r"o\w", text)])
print([m.group(1) for m in re.finditer(r"(\w+)@", "a@ bb@ ccc@")])
for m in re.finditer(r"x*", "axxb"):
    print(m.start(), m.end(), repr(m.group()))

print(re.sub(r"\d+", "#", text))
print(re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", text))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first>", "one two three four five"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"a", r"\n\t\\", "banana"))
print(re.sub(r"(a)|b", r"[\1]", "abc"))
print(re.sub(r"\w+", lambda m: m.group().upper(), "hello big world", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.subn(r"o", "0", "foo boo zoo"))
print(re.subn(r"[aeiou]", "", "education", 3))


def shout(m):
    return m.group(1).upper() + "!"


print(re.sub(r"(\w+)!", shout, "hey! you! there"))

print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"x*", "axbc"))
print(re.split(r"(x)?y", "ayb xyc"))
print(re.split(r"", "abc"))
print(re.split(r"\d", "no digits here"))
print(re.escape("a.b*c?d [x] {1,2} (y)|z ^$ \\ # & ~ - _ é"))
print(re.sub(re.escape("1+1"), "2", "1+1=1+1"))
