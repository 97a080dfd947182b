# sys.argv[0] is the script name as CPython was given it (pyport runs `python3 name.py`).
import sys

print(sys.argv[0], len(sys.argv))
if len(sys.argv) < 2:
    print("usage: " + sys.argv[0] + " N")
