# What the builtin engine's files do not port is refused at compile time, each naming the call:
# '+' modes, a mode chosen at run time, print() to a binary file, other codecs.
import sys

mode = "w" if len(sys.argv) > 1 else "a"
both = open("data.txt", "r+")
chosen = open("data.txt", mode)
image = open("out.bin", "wb")
print("P6", file=image)
with open("data.txt") as t:
    t.seek(0)  # supported: back to the start of a file read whole
wide = open("data.txt", encoding="utf-16")
