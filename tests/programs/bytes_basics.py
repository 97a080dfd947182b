# bytes values: literals with escapes, repr quote choice, indexing, slicing, iteration, `in`,
# `+`/`*`, comparisons, hashing (dict keys, set members), hex/fromhex, and the byte-string methods.
data = b"hello\x00world\n\t\\"
print(data, len(data), data[0], data[-1], data[1:5], data[::-2])
print(b"it's", b'say "hi"', b"both ' and \"", b"", b"\x7f\x80\xff")
print(repr(b"\r\x1b"), str(b"abc"))
print([x for x in b"abc"], list(b"xyz"), sum(b"\x01\x02\x03"))
print(104 in data, 7 in data, b"wor" in data, b"zz" not in data)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"x" * 0, b"q" * -1)
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"", b"a" != b"a")
print(bytes(3), bytes([65, 66, 67]), bytes(range(48, 58)), bytes(b"copy"), bytes())
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"))
counts = {}
for word in b"the cat the hat a cat the".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts), max(counts, key=lambda w: counts[w]))
seen = {b"x", b"y", b"x"}
print(len(seen), b"x" in seen, b"z" in seen)
print(hash(b"abc") == hash(b"abc"), bool(b""), bool(b"\x00"))
print(b"\xde\xad\xbe\xef".hex(), bytes.fromhex("de ad BE ef"), bytes.fromhex(""), b"".hex())
b = b"  Mixed Case bytes  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.strip().split(b" "))
print(b"xxhixx".strip(b"x"), b"a,b,,c".split(b","), b"-".join([b"a", b"b", b"c"]), b"".join([]))
print(b"banana".count(b"an"), b"banana".count(97), b"banana".find(b"na"), b"banana".find(b"x"), b"banana".rfind(b"na"))
print(b"banana".index(b"nan"), b"banana".startswith(b"ban"), b"banana".endswith(b"na"), b"banana".replace(b"a", b"o"))
total = 0
for i, byte in enumerate(b"pyport"):
    total += (i + 1) * byte
print(total)
words = [b"pear", b"apple", b"fig"]
words.sort()
print(words, words[0][0], min(words), [w[1:] for w in words])
print(data[100:], data[-100:3], data[2:2])
if data:
    print("nonempty")
e = b""
print("empty" if not e else "full")
