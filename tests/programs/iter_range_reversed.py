# reversed() of a range kept in a variable: the numbers backwards, an iterator used once.
up = range(3, 20, 4)
down = reversed(up)
print(list(down), list(down))
for r in [range(5), range(10, 0, -3), range(0), range(-4, 4, 3)]:
    kept = r
    print(len(kept), list(reversed(kept)), sum(reversed(kept)))
swaps = 0
data = [5, 1, 4, 2, 8, 0]
lo_hi = range(len(data) - 1)
for indices in (lo_hi, reversed(lo_hi)):
    for i in indices:
        if data[i] > data[i + 1]:
            data[i], data[i + 1] = data[i + 1], data[i]
            swaps += 1
print(data, swaps)
pairs = zip(data, data[1:])
try:
    reversed(pairs)
except TypeError as e:
    print("TypeError:", e)
