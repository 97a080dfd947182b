# The builtin format(value, spec): ints, floats, bools, strings, with and without a spec.
n = 0xEDB88320
print(format(n, "08X"), format(n, "b"), format(n, "#x"), format(-255, "x"))
print(format(3.14159, ".2f"), format(1e22, "g"), format(0.5, "%"), format(2.0))
print(format(True), format(True, "d"), format("abc", ">6"), format("abc", "^7"), format("x"))
print(format(12345678901234567890123, ","), format(7, "05d"))
widths = [4, 8, 12]
for w in widths:
    print(format(w * 1.5, f"{w}.1f") + "|", format(w, "<" + str(w)) + "|")
fmt = "{:>10}"
print(fmt.format(format(99, "03d")))
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
