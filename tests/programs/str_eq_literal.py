# `==`/`!=` against string literals (compared as string_views of the literal bytes): empty,
# non-ASCII and NUL-containing literals on either side.
words = ["a", "", "é", "a\x00b", "ab", "0", "\x00"]
for w in words:
    print(w == "a", w != "", "é" == w, w == "a\x00b", "\x00" != w, w == "0")
x = "a" + "\x00" + "b"
print(x == "a\x00b", x == "a", "a\x00b" == x)
