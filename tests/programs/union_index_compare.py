# Subscripts, int() and ordering comparisons of values of several types (tagged unions) with no
# narrowing test: each member is handled as its own type.
def cells(s, split):
    if split:
        return s.split(",")
    return s


for v in [cells("ab,cd,ef", True), cells("xyz", False)]:
    print(v[0], v[-1], v[1:], v[::-1], len(v[:2]))


def token(w):
    if w.isdigit():
        return int(w)
    return w


toks = [token(w) for w in "12 x7 005 -3 40".split()]
for t in toks:
    try:
        print(repr(t), int(t) * 2)
    except ValueError as e:
        print("ValueError:", e)


def measure(n):
    if n % 3 == 0:
        return n > 4
    if n % 3 == 1:
        return n * 2
    return n / 4


vals = [measure(n) for n in range(8)]
print(vals)
for v in vals:
    print(v, 3 < v, v <= 2, v > 1.5, 4 >= v, v < v)
best = vals[0]
for v in vals:
    if best < v:
        best = v
print(best)
words = [token(w) for w in "b 3 a".split()]
try:
    print(words[0] < words[1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(words[1] >= words[2])
except TypeError as e:
    print("TypeError:", e)
print(words[0] < words[2], words[0] > "a")
parts = [0, 0, 0]
for i, ch in enumerate("abc"):
    parts[i] = ch
print("-".join(parts))
parts[1] = 7
try:
    print("".join(parts))
except TypeError as e:
    print("TypeError:", e)
