# An uncaught UnicodeDecodeError: the traceback's last line names the class and CPython's message.
chunks = [b"fine", b"caf\xc3\xa9", b"bad\xff"]
for c in chunks:
    print(c.decode())
