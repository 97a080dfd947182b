# One line reports a time that differs on every run: the wall clock itself.
import time

total = 0
for i in range(1000):
    total += i % 7
elapsed = time.time()
print("total", total)
print(f"Execution Time: {elapsed:.6f} seconds")
