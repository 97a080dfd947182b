# expect: runtime_error exit status 1
# Tries to read a secret file outside its scratch directory (argv[1]) and print it.
import sys

with open(sys.argv[1]) as f:
    print(f.read())
