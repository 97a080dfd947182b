"""`list.index(x, start[, stop])`: negative and out-of-range bounds clamp like CPython; a miss raises ValueError."""
seen = [0, 1, 0, 2, 1, 0, 3]
print(seen.index(0), seen.index(0, 1), seen.index(1, 2, 5), seen.index(0, -3))
print(seen.index(3, -100, 100), seen.index(2, 0, -2))
words = ["a", "b", "a", "c"]
last = [-1]
for w in ["a", "a"]:
    last.append(words.index(w, last[-1] + 1))
print(last)
van = [0]
val = 0
for _ in range(12):
    van.append(val)
    val = van.index(val, 1) if val in van[1:-1] else 0
print(van)
try:
    print(seen.index(2, 4))
except ValueError as e:
    print("ValueError:", e)
print(words.index("c", 1, 3))
