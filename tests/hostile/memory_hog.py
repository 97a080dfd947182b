# expect: memory_limit
# Allocates (and touches) 64 MiB blocks until the memory limit refuses one.
blocks = []
while True:
    blocks.append(bytearray(64 << 20))
