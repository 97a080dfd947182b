# Imports of modules the builtin engine does not compile, whose names nothing reads (leftovers):
# left out of the C++ with a warning; the program runs as CPython runs it.
import os
import logging as log
from pathlib import Path
import sys

print("argv has", len(sys.argv), "item")
