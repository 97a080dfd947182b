"""sys.stderr.write / stderr.write (from sys import stderr) and flush, beside stdout writes."""
import sys
from sys import stderr, stdout
sys.stderr.write("err1\n")
stderr.write("err2 %d\n" % 5)
stdout.write("out\n")
sys.stdout.flush()
stdout.flush()
stderr.flush()
print("done")
