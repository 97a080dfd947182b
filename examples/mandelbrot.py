# Mandelbrot set escape-time computation over a grid; prints checksums instead of a picture.
import time

def mandelbrot(width, height, max_iter):
    total_iters = 0
    inside = 0
    weighted = 0
    for py in range(height):
        ci = -1.5 + 3.0 * py / height
        row_sum = 0
        for px in range(width):
            cr = -2.25 + 3.0 * px / width
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            if k == max_iter:
                inside += 1
            row_sum += k
        total_iters += row_sum
        weighted = (weighted * 31 + row_sum) % 1000000007
    return total_iters, inside, weighted

width = 1000
height = 700
max_iter = 300
start_time = time.time()
total_iters, inside, weighted = mandelbrot(width, height, max_iter)
end_time = time.time()

print("Grid:", width, "x", height, "max_iter:", max_iter)
print("Total iterations:", total_iters)
print("Points inside:", inside)
print("Area estimate:", 9.0 * inside / (width * height))
print("Checksum:", weighted)
print(f"Execution Time: {(end_time - start_time):.6f} seconds")
