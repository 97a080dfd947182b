# A value that may be None or of several types (a token's payload): `in` a tuple of strs compares
# it as itself (None and numbers are simply not found), `isinstance` tests it (None is no int),
# and `enumerate(sys.stdin)` walks the (here empty) input.
import sys


def tokens(text):
    out = []
    for word in text.split():
        if word.isdigit():
            out.append(("num", int(word)))
        elif word[0].isdigit():
            out.append(("num", float(word)))
        else:
            out.append(("op", word))
    out.append(("end", None))
    return out


for kind, value in tokens("1 + 2.5 * x -"):
    print(kind, value, value in ("+", "-"), value not in ("*",), isinstance(value, int),
          isinstance(value, (int, float)), isinstance(value, str))
for lineno, line in enumerate(sys.stdin, 1):
    print(lineno, line.strip())
print("done")
