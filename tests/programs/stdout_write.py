# sys.stdout.write / flush as statements, through `import sys` and `from sys import stdout`.
import sys
from sys import stdout

sys.stdout.write("no newline;")
sys.stdout.write(" then one\n")
for i in range(5):
    stdout.write("{0} ".format(i * i))
    if i % 2:
        stdout.flush()
print()
print("mixed", end="|")
sys.stdout.write("|".join(["a", "b"]) + "\n")
sys.stdout.flush()
words = ["x", "yy", "zzz"]
for w in words:
    stdout.write(w.rjust(4))
stdout.write("\n")
stdout.write("")
print("done")
