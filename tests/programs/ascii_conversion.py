# ascii() and the !a conversion: reprs with non-ASCII code points escaped.
words = ["café", "naïve", "日本", "plain", "emoji 🐍"]
for w in words:
    print(ascii(w), f"{w!a}", f"{w!a:>16}|", f"{w!r}")
print(ascii(words), ascii(("é", 1, 2.5)), ascii({"ü": [1]}), ascii(None), ascii(3))
