# expect: runtime_error exit status 1
# Tries to write outside its scratch directory (argv[3]), then fills the
# scratch directory with 1 MiB files until the disk cap refuses a write.
import os
import sys

try:
    with open(os.path.join(sys.argv[3], "escaped.txt"), "w") as f:
        f.write("escaped\n")
except OSError:
    pass
chunk = b"x" * (1 << 20)
i = 0
while True:
    with open(f"fill{i}.bin", "wb") as f:
        f.write(chunk)
    i += 1
