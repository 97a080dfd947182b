# `except SystemExit:` catches sys.exit(); `raise SystemExit(code)` is sys.exit(code).
import sys

def search(n):
    if n > 3:
        print("found", n)
        sys.exit(0)
    search(n + 1)

try:
    search(0)
    print("not here")
except SystemExit:
    print("stopped")
try:
    sys.exit("bye")
except (SystemExit, ValueError):
    print("stopped again")
print("end")

def run(n):
    if n > 2:
        raise SystemExit(4)
    print("n", n)

try:
    run(1)
    run(5)
except SystemExit:
    print("caught")
raise SystemExit(3)
