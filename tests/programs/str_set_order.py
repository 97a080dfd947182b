# Sets of strs, bytes and tuples holding strs iterate in CPython's order: the harness runs CPython
# with PYTHONHASHSEED=0 and the runtime hashes strs and bytes as CPython 3.11 does then
# (SipHash-1-3 over the PEP 393 code units).
from dataclasses import dataclass

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(set(words))
print({w.upper() for w in words if len(w) > 3})
print(frozenset(["héllo", "naïve", "日本", "emoji 😀", "plain"]))
print({("a", 1), ("b", 2), ("c", 3), ("a", 2)})
print({b"spam", b"eggs", b"ham"})
print(set("mississippi"), set("abcdefgh") - set("aeiou"))
for w in {"alpha", "beta", "gamma", "delta"}:
    print(w, end=" ")
print()
print(hash("apple"), hash(""), hash(b"apple"), hash("日本"))


@dataclass(frozen=True)
class Item:
    name: str
    price: int


print({Item("apple", 100), Item("orange", 120), Item("pear", 90)})
s = set()
for t in [("a", 1), ("b", 2), ("c", 3), ("a", 2)]:
    s.add(t)
x = "a"
print(s, {(x, 1), ("b", 2), ("c", 3), (x, 2)})
print({-1, -2, 9, 17, -25}, {(1, -1), (2, 2), (-3, 3)}, {b"x", b"y", b"zz"})
