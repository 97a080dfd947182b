# Code-point indexing, slicing and len on strs built by +=, join, slicing and repetition,
# mixing ASCII and non-ASCII text (pyport caches the code point count and, for non-ASCII
# text, a sparse index of byte offsets): results must match CPython's exactly.
def checksum(s):
    total = 0
    for i in range(len(s)):
        total = (total * 31 + ord(s[i]) * (i % 7 + 1)) % 1000003
    return total


s = ""
for i in range(300):
    s += "é" if i % 13 == 0 else chr(97 + i % 26)
print(len(s), s[0], s[13], s[-1], s[-13], s[299], s[-300])
print(s[100:140])
print(s[260:], s[:-290], s[::-37], s[5:290:61])
print(checksum(s))
t = s[:130] + "€" * 3 + s[130:]
print(len(t), t[129:134], t[-171], t[-170], t[133], t[132])
ascii_part = s[1:13]
print(ascii_part, len(ascii_part), ascii_part[-1], ascii_part[::-1])
words = ["αβγ", "abc", "", "日本語", "xyz" * 30]
j = "-".join(words)
print(len(j), j[3], j[4], j[-1], j[8:12], j[::9])
k = "/".join(w for w in words if w)
print(len(k), k[:15], k[15:20])
r = "ab" * 100 + "ß" + "cd" * 100
print(len(r), r[199], r[200], r[201], r[-1], r[150:250:10])
acc = ""
for w in words:
    acc += w
    print(len(acc), acc[-1] if acc else "-", acc[len(acc) // 2] if acc else "-")
u = "ü"
u += "abc"
u = u[1:]
print(u, len(u), u[2], u[-3])
for c in "aé€😀z":
    print(c, len(c), ord(c))
emoji = "😀x😀yz" * 40
print(len(emoji), emoji[63], emoji[64], emoji[65], emoji[-2], emoji[100:106])
for bad in (5, -6, 200):
    try:
        print("héllo"[bad])
    except IndexError as ex:
        print("IndexError:", ex)
print("done"[len("done") - 1])
print("héllo"[10])
