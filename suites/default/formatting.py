# tags: strings
# difficulty: easy
# case: 5
# case: 0
# case: -3
# case: 1
# timing: 150000
# String building and formatting: the same table rendered with f-strings,
# %-formatting and str.format (widths, alignment, signs, thousands
# separators, precision, hex/octal/binary, exponent and percent), then a
# checksum of a large formatted report.
import sys


def row_fstring(i, x, name):
    return f"|{i:>5d}|{x:>12.4f}|{name:<8}|{i:#06x}|{x:+.3e}|{i / 7:.1%}|"


def row_percent(i, x, name):
    return "|%5d|%12.4f|%-8s|%#06x|%+.3e|%.1f%%|" % (i, x, name, i, x, i / 7 * 100)


def row_format(i, x, name):
    return "|{0:>5d}|{1:>12.4f}|{2:<8}|{0:#06x}|{1:+.3e}|{3:.1%}|".format(i, x, name, i / 7)


NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]

n = int(sys.argv[1])
rows = []
for i in range(n) if n >= 0 else range(n, 0):
    x = (i * 37.5 - 1000) / 3 if i % 4 else -(i ** 1.5)
    name = NAMES[i % len(NAMES)]
    a, b, c = row_fstring(i, x, name), row_percent(i, x, name), row_format(i, x, name)
    rows.append(a)
    if i < 12 and i > -12:
        print(a)
        if a != b or a != c:
            print("  %:      ", b)
            print("  format: ", c)
print(f"{len(rows)} rows")
print("{:,}".format(n * 1234567), f"{n:b}", "%o" % abs(n), f"{n!r:>6}", f"{str(n)!a}")
print(f"{'centred':^20}|", "{:*^20}".format("stars"), "%-6s|" % "left", f"{3.14159:10.2f}|")
print(f"{1e21:.3g} {0.1 + 0.2!r} {2 ** 0.5} {-0.0} {1 / 3:.15g} {float(n) / 3}")
report = "\n".join(rows)
checksum = 0
for ch in report:
    checksum = (checksum * 131 + ord(ch)) % 1000000007
print("report characters:", len(report), "checksum:", checksum)
