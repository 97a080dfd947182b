"""File idioms: open(...).write/read/readlines on temporaries, a file left open (flushed at exit), enumerate(f, 1)."""
import sys
open("a.txt", "w").write("3 4 5\n6 7\n")
lines = open("a.txt").readlines()
nums = [int(x) for line in lines for x in line.split()]
print(nums, sum(nums))
data = open("a.txt").read().split()
print(data)
with open("b.txt", "w") as out:
    for n in nums:
        out.write(str(n) + "\n")
    out.write("%d total\n" % sum(nums))
print(open("b.txt").read(), end="")
print("to stdout", file=sys.stdout)
words = {}
with open("b.txt") as f:
    for lineno, line in enumerate(f, 1):
        words[line.strip()] = lineno
print(words)
f = open("c.txt", "w")
f.write("no close\n")
