# tags: strings, io
# difficulty: easy
# case: < rle.small.txt
# case: < empty.txt
# case: 12
# timing: 50000
# Run-length encoding ("aaab" -> "3a1b") and decoding. Without arguments it
# encodes every line of stdin; with a number n it builds n pseudo-random lines
# and checks the round trip.
import sys
from itertools import groupby


def encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def decode(s):
    out = []
    count = ""
    for ch in s:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count))
            count = ""
    return "".join(out)


def encode_loop(s):
    if not s:
        return ""
    parts = []
    run_char, run_len = s[0], 1
    for ch in s[1:]:
        if ch == run_char:
            run_len += 1
        else:
            parts.append("%d%s" % (run_len, run_char))
            run_char, run_len = ch, 1
    parts.append("%d%s" % (run_len, run_char))
    return "".join(parts)


if len(sys.argv) > 1:
    n = int(sys.argv[1])
    seed = 17
    total_in = total_out = 0
    ok = True
    for i in range(n):
        line = []
        for _ in range(20 + i % 30):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            line.append("abcxyz"[seed % 6] * (1 + (seed >> 8) % 4))
        s = "".join(line)
        e = encode(s)
        ok = ok and e == encode_loop(s) and decode(e) == s
        total_in += len(s)
        total_out += len(e)
        if i < 3:
            print(s, "->", e)
    print(f"{n} lines, {total_in} -> {total_out} characters, round trip ok: {ok}")
else:
    count = 0
    for line in sys.stdin:
        line = line.rstrip("\n")
        e = encode(line)
        print(repr(line), "->", repr(e), "ratio %.2f" % (len(e) / len(line) if line else 0.0))
        assert decode(e) == line or any(c.isdigit() for c in line)
        count += 1
    print("lines:", count)
