# `gc.collect()`, `gc.disable()` and `gc.enable()` as statements (benchmarks call them around
# their timed parts) do nothing in the port, which has no cycle collector.
import gc
from gc import collect as full_collection

gc.disable()
rows = [list(range(i)) for i in range(50)]
gc.collect()
full_collection()
gc.enable()
gc.collect(2)
print(sum(map(len, rows)))
