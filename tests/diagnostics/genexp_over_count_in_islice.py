# A generator expression over an endless iterator cannot be made up front: refused, not run out
# of memory.
from itertools import count, islice

print(list(islice((x for x in count(10) if x % 7 == 0), 3)))
