# print(*xs, file=sys.stderr): the items go to stderr, not stdout.
import sys
xs = [1, 2]
print(*xs, file=sys.stderr)
print(*xs, sep="-", file=sys.stdout)
print("ok")
