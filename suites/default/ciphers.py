# tags: strings
# difficulty: easy
# case: 3 KEY "Attack at dawn!"
# case: 0 A ""
# case: -29 lemon "The quick brown fox jumps over the lazy dog."
# timing: 13 SECRETKEY 40000
# Classical ciphers: Caesar shift and Vigenere with a keyword, both ways,
# plus breaking the Caesar shift by letter-frequency scoring. If the text
# argument is a number, a text of that many characters is generated.
import string
import sys

ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def caesar(text, shift):
    shift %= 26
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper,
                          lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    shifts = [ord(c) - ord("a") for c in key.lower() if c.isalpha()]
    if not shifts:
        return text
    out = []
    i = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            s = -shifts[i % len(shifts)] if decrypt else shifts[i % len(shifts)]
            out.append(chr((ord(ch) - base + s) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def score(text):
    ranks = {c: 26 - i for i, c in enumerate(ENGLISH_FREQ)}
    return sum(ranks.get(c, 0) for c in text.lower())


def crack_caesar(cipher):
    return max(range(26), key=lambda s: (score(caesar(cipher, -s)), -s))


def make_text(n):
    words = "the of and to in is was that for it with as his on be at by had are but from".split()
    out, i = [], 0
    while sum(len(w) + 1 for w in out) < n:
        out.append(words[(i * i + 3 * i) % len(words)])
        i += 1
    return " ".join(out)[:n]


shift, key, text = int(sys.argv[1]), sys.argv[2], sys.argv[3]
if text.isdigit():
    text = make_text(int(text))
c = caesar(text, shift)
v = vigenere(text, key)
print("caesar:  ", c[:60])
print("vigenere:", v[:60])
print("caesar round trip:", caesar(c, -shift) == text)
print("vigenere round trip:", vigenere(v, key, decrypt=True) == text)
print("cracked shift:", crack_caesar(c), "expected:", shift % 26)
print("checksum:", sum(ord(ch) * (i % 97 + 1) for i, ch in enumerate(v)) % 1000003)
