# Operators on values of several types (tagged unions): each pair of member types is computed as
# for those types; isinstance narrowing, also for the rest of a block after an early return.
def parse(tok):
    if tok.isdigit():
        return int(tok)
    if "." in tok and tok[0].isdigit():
        return float(tok)
    return tok


def double(v):
    if isinstance(v, str):
        return v + v
    return v * 2


def numeric(v):
    if not isinstance(v, (int, float)):
        return 0
    return v + 0.5


values = [parse(t) for t in "12 ab 3.25 7 x.y".split()]
print(values)
for v in values:
    print(repr(v), double(v), v * 3, numeric(v), v == 7, v != "ab")
total = 0
for v in values:
    if isinstance(v, str):
        continue
    total += v
print("total", total)
words = ""
for v in values:
    if type(v) is str:
        words += v
print("words", words)
parts = [1, "a", [2, 3]]
for p in parts:
    print(p * 2, p + p)
flags = [True, 2, "z"]
for f in flags:
    if isinstance(f, int):
        print("int-ish", f, f + 1, f & 1, -f if isinstance(f, bool) else f)
    else:
        print("other", f)
