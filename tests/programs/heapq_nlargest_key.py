"""`heapq.nlargest` / `nsmallest` with `key=`: ties keep their input order, like `sorted(...)[:n]`."""
import heapq
from heapq import nlargest

recs = [("Tyler", 32000, "D101"), ("John", 47000, "D202"), ("George", 53000, "D202"), ("Adam", 18000, "D101"),
        ("Claire", 47000, "D101"), ("Nathan", 21900, "D190"), ("Rich", 32000, "D190")]
for rec in nlargest(3, recs, key=lambda rec: rec[1]):
    print(rec)
print(heapq.nsmallest(2, recs, key=lambda r: r[1]))
print(heapq.nlargest(4, ["bb", "a", "ccc", "dd", "e"], key=len))
print(heapq.nsmallest(3, [5, -2, 7, -9, 3], key=abs), nlargest(0, recs, key=lambda r: r[0]))
print(heapq.nlargest(2, [3, 1, 2], key=None))
