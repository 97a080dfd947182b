# f-string format specifications.
import math

x = 1234.56789
n = 42
neg = -7
big = 1234567890
s = "abc"
print(f"{x}")
print(f"{x:.6f}|{x:.2f}|{x:.0f}|{x:10.3f}|{x:<12.1f}|{x:>12.4f}|")
print(f"{x:,}|{big:,}|{neg:,}|{-big:,}|{0:,}|{999:,}|{1000:,}|")
print(f"{x:e}|{x:.2e}|{0.000123:e}|{0.0:e}|{-1e300:e}|{n:e}|")
print(f"{x:.3g}|{0.0001234:.3g}|{123456789.0:.3g}|{1.0:.3g}|{100.0:.3g}|{0.5:.3g}|{1e-5:.3g}|")
print(f"{n:>8}|{n:<8}|{n:^9}|{s:>8}|{s:<8}|{s:^9}|{s:^8}|")
print(f"{x:08.2f}|{-x:08.2f}|{3.14159:08.2f}|{-1.5:08.2f}|")
print(f"{n:5d}|{neg:5d}|{n:05d}|{n:d}|{big:15d}|")
print(f"{s!r}|{x!r}|{n!r}|{0.1!r}|{1e16!r}|")
print(f"{True}|{False}|{n}|{neg}|{-0.0}|{n > 3}|")
print(f"{math.pi:.10f}|{math.e:.3f}|{math.pi}|{math.pi:12.5e}|")
print(f"{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}|{2.675:.2f}|{1.005:.2f}|")
print(f"{float('inf'):.3f}|{float('-inf'):8.2f}|{float('nan'):f}|{float('inf')}|")
print(f"{n * 2 + 1} {x / 2:.1f} {n % 5} {n // 5}")
for i in range(1, 6):
    print(f"{i:3d} {i * i:5d} {math.sqrt(i):8.4f} {1 / i:<10.6f}|")
vals = [0.5, 12.25, 333.125, -4.0]
for v in vals:
    print(f"{v:>10.2f}{v:>10.1e}{v:>10}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{12345.678:,}|{0.1:.20f}|{1e22:.1f}|{-0.0:.2f}|{-0.001:.2f}|")
print(f"{{literal braces}} {n}")
