# QA finding, fixed: translating a program that rebinds one name N times took time quadratic in N
# (the variable splitter searched suffixes from `_2` for every part; the assigned-names scan used a
# list as a set). Measured with `pyport convert --no-run` (release build):
#   before: rebinding `x` 5000 / 10000 / 20000 times: 0.68 s / 2.76 s / 11.8 s (200000 times: > 120 s)
#   after:  10000 / 20000 / 50000 / 200000 times: 0.24 s / 0.58 s / 0.72 s / 4.7 s
# Reproduce:
#   python3 tests/redteam/qa_rebind_quadratic.py 20000 > /tmp/rebind.py
#   time pyport convert /tmp/rebind.py -o /tmp/rebind.cpp --no-run
# Run with no argument, this file is itself a small (fast) instance that CPython and pyport agree on.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
if n:
    print("x = 0")
    for i in range(n):
        print(f"x = x + {i % 7}")
    print("print(x)")
else:
    x = 0
    x = x + 1
    x = x + 2
    print(x)
