# tags: numeric
# difficulty: easy
# case: 1
# case: 24
# case: 0
# timing: 560
# Mandelbrot set: prints a small ASCII picture for small sizes and, for every
# size, the number of points inside and a row checksum.
import sys

size = int(sys.argv[1])
max_iter = 50
inside = 0
checksum = 0
rows = []
for y in range(size):
    ci = 2.0 * y / size - 1.0
    row = []
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = zi = 0.0
        i = 0
        while i < max_iter and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            i += 1
        if i == max_iter:
            inside += 1
            row.append("#")
        else:
            row.append(" .:-=+*%@"[i % 9])
        checksum = (checksum * 31 + i) % 1000000007
    rows.append("".join(row))

if size <= 40:
    for r in rows:
        print(r.rstrip())
print("size", size, "inside", inside, "checksum", checksum)
