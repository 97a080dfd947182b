# time.time() / time.perf_counter() used only on lines mentioning time or seconds.
import time

def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

t0 = time.time()
p0 = time.perf_counter()
r = work(20000)
t1 = time.time()
p1 = time.perf_counter()
print("result:", r)
print(f"Execution Time: {t1 - t0:.6f} seconds")
print("perf_counter time:", f"{p1 - p0:.6f}")
elapsed = p1 - p0
print(elapsed >= 0.0)
print("Elapsed seconds: {:.3f}".format(elapsed))
start = time.perf_counter()
r2 = work(100)
print("second result:", r2)
print("time taken", time.perf_counter() - start, "seconds")
