# An uncaught IndexError from indexing a bytearray past its end: CPython's message and exit status 1.
buf = bytearray(b"abc")
total = 0
for i in range(4):
    print(i)
    total += buf[i]
print(total)
