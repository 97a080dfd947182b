# CPython prints a lambda factory with its memory address: printing such a defaultdict is refused.
from collections import defaultdict
d = defaultdict(lambda: 5)
d["a"] += 1
print(d)
