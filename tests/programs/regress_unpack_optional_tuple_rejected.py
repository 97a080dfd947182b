best = None
for p in [(3, 1), (1, 2)]:
    if best is None or p[0] < best[0]:
        best = p
a, b = best
print(a, b)
