# ASCII Mandelbrot rendering using string concatenation and a palette list.
palette = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for k in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter

width = 60
height = 24
max_iter = 50
total = 0
for row in range(height):
    ci = -1.2 + 2.4 * row / (height - 1)
    line = ""
    for col in range(width):
        cr = -2.1 + 2.8 * col / (width - 1)
        k = escape_time(cr, ci, max_iter)
        total += k
        if k == max_iter:
            line = line + "@"
        else:
            line = line + palette[k % 9]
    print(line)
print("checksum", total)
