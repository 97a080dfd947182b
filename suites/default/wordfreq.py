# tags: strings, containers, io
# difficulty: easy
# case: - 10 < wordfreq.small.txt
# case: 0 5
# case: 200 3
# case: - 5 < empty.txt
# timing: 1000000 15
# Word frequency count. argv[1] is either "-" (read the text from stdin) or
# the number of words of a pseudo-random text to generate; argv[2] is how
# many of the most common words to print.
import re
import sys
from collections import Counter

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua", "ph", "st"]


def generate(n_words):
    x = 2463534242
    words = []
    for _ in range(n_words):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        length = 1 + x % 3
        word = "".join(SYLLABLES[(x >> (4 * k)) % len(SYLLABLES)] for k in range(length))
        words.append(word.capitalize() if x % 11 == 0 else word)
        if x % 7 == 0:
            words[-1] += "."
    return " ".join(words)


def main():
    source, top = sys.argv[1], int(sys.argv[2])
    text = sys.stdin.read() if source == "-" else generate(int(source))
    words = re.findall(r"[a-z']+", text.lower())
    counts = Counter(words)
    print(f"{len(words)} words, {len(counts)} distinct, {len(text)} characters")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in ranked[:top]:
        print(f"{n:7d} {word}")
    lengths = Counter(len(w) for w in words)
    print("by length:", sorted(lengths.items()))
    singles = [w for w, n in ranked if n == 1]
    print("hapax legomena:", len(singles), singles[:5])


main()
