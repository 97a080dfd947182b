# reversed() of a str walks its code points backwards (multi-byte UTF-8 included).
s = "héllo, wörld"
print("".join(reversed(s)))
for i, c in enumerate(reversed("abc")):
    print(i, c)
print(list(reversed("xyz")))
t = ""
for ch in reversed(s):
    t += ch.upper()
print(t)
