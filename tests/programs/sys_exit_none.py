# `sys.exit(None)` and `sys.exit()` end with status 0 and print nothing more.
import sys

total = 0
for i in range(5):
    total += i
print(total)
if total > 5:
    sys.exit(None)
print("not reached")
