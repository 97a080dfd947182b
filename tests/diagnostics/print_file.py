# print(file=...) takes sys.stdout, sys.stderr or None; any other file is refused.
import sys
from sys import stdout
print("a", file=None)
print("b", 2, file=sys.stdout, sep="-")
print("c", file=stdout, end="!\n")
log = []
print("d", file=log)
