# One timing line (masked by default) and one `stamp` line that only `--ignore-line` can hide.
import time

start = time.time()
print("stamp", start)
total = 0
for i in range(1000):
    total += i % 7
print("total", total)
print(f"Execution Time: {time.time() - start:.6f} seconds")
