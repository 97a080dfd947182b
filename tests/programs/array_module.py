"""`array.array`: typed compact arrays, as the Project Euler sieves and Shed Skin's examples use them."""
from array import array
import array as arr_mod

limit = 30
totients = array("I", range(limit + 1))
for i in range(2, limit + 1):
    if totients[i] == i:
        for j in range(i, limit + 1, i):
            totients[j] -= totients[j] // i
print(sum(totients) - 1)
counts = array("H", [0]) * (limit + 1)
for a in range(1, 8):
    for b in range(a, 8):
        counts[a + b] += 1
print(counts.tolist(), len(counts), counts.typecode, counts.itemsize)
print(counts)
print(array("d", [1.5, 2.25]), array("f", [0.1]), array("b"), repr(array("q", [-(2**63)])))
values = array("i")
for k in range(5):
    values.append(k * k - 7)
values.extend([100, -100])
values.insert(0, 42)
print(values, values.pop(), values.pop(0), values.index(2), values.count(-7), 9 in values, -3 in values)
values.reverse()
values.remove(-7)
print(values, max(values), min(values), sorted(values), list(values)[:2], bool(array("i")), bool(values))
joined = values + array("i", [1, 2])
joined += array("i", [3])
alias = joined
alias *= 2
print(len(joined), joined == alias, joined[-1], [v for v in joined if v > 0])
print(array("B", [1, 2, 255]).tobytes(), arr_mod.array("H", [258]).tobytes())
with open("arr.bin", "wb") as f:
    array("B", [80, 54, 10]).tofile(f)
print(open("arr.bin", "rb").read())
big = array("Q", [2**64 - 1, 0])
print(big[0], big[0] + 1, array("L", [2**63]))
f32 = array("f", [1.0, 3.3])
f32[0] = 0.1
print(f32[0], f32[1] * 2)
try:
    array("b", [0])[0] = 200
except OverflowError as e:
    print("b", "OverflowError:", e)
try:
    array("B", [0])[0] = -1
except OverflowError as e:
    print("B", "OverflowError:", e)
try:
    array("h", [0])[0] = 40000
except OverflowError as e:
    print("h", "OverflowError:", e)
try:
    array("H", [0])[0] = -1
except OverflowError as e:
    print("H", "OverflowError:", e)
try:
    array("i", [0])[0] = 2**31
except OverflowError as e:
    print("i", "OverflowError:", e)
try:
    array("I", [0])[0] = -5
except OverflowError as e:
    print("I", "OverflowError:", e)
try:
    array("I", [0])[0] = 2**32
except OverflowError as e:
    print("I", "OverflowError:", e)
try:
    array("l", [0])[0] = 2**63
except OverflowError as e:
    print("l", "OverflowError:", e)
try:
    array("L", [0])[0] = 2**64
except OverflowError as e:
    print("L", "OverflowError:", e)
try:
    array("q", [0])[0] = -(2**63) - 1
except OverflowError as e:
    print("q", "OverflowError:", e)
try:
    array("Q", [0])[0] = -1
except OverflowError as e:
    print("Q", "OverflowError:", e)
try:
    array("b", [0])[0] = 2**40
except OverflowError as e:
    print("b", "OverflowError:", e)
try:
    array("B", [1, 2, 256])
except OverflowError as e:
    print("init", e)
try:
    print(values[100])
except IndexError as e:
    print("IndexError:", e)
try:
    values[-100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    array("i").pop()
except IndexError as e:
    print("IndexError:", e)
try:
    values.index(12345)
except ValueError as e:
    print("ValueError:", e)
evens = totients[2::2]
print(evens, totients[-3:], totients[5:2], sum(totients[1:10]), len(counts[::-1]))
