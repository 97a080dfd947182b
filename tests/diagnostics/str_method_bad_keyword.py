# Keyword arguments CPython rejects with a TypeError are reported before any C++ is written.
s = "a b"
print(s.split(sepp=","))
print(s.upper(x=1))
print(s.split(",", sep=","))
