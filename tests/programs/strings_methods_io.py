import sys

def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
line = "Hello, World! The quick brown fox."
enc = caesar(line, n)
print(enc, caesar(enc, 26 - n))
words = line.lower().replace(",", "").replace("!", "").replace(".", "").split()
print(words, len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(", ".join(f"{w}={c}" for w, c in sorted(freq.items())))
print("%5d|%-8s|%.3f|%x" % (42, "ab", 3.14159, 255))
print("{} and {:>6}".format("x", "y"), "  pad  ".strip() + "|", "a-b-c".split("-", 1))
print(line.find("World"), line.count("o"), line.startswith(("Hi", "He")), line.upper(), line.title())
print("abc".center(9, "*"), "42".zfill(5), "x,y,,z".split(","), "tab\there".expandtabs(4))
total = 0
for row in sys.stdin:
    parts = row.strip().split(",")
    if len(parts) == 2 and parts[1].strip().isdigit():
        total += int(parts[1])
        print(parts[0].strip().upper(), parts[1].strip())
print("total", total)
