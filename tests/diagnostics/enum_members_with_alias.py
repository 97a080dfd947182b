# `__members__` of an enum with an alias (B has A's value): it lists the alias, which iteration
# skips, so the port refuses it rather than list one name too few.
from enum import Enum
class C(Enum):
    A = 1
    B = 1
for n, m in C.__members__.items():
    print(n, m)
print(list(C))
