# bytes and bytearray forms the builtin engine refuses, each with its own diagnostic.
data = b"abc"
view = memoryview(data)
print(b"%d" % 5)
print("x".encode("utf-16"))
print(data.decode("cp1252"))
print(data.decode("utf-8", errors="ignore"))
print(ord(data[0:1]))
print(data.isdigit())
keys = {bytearray(b"k"): 1}
data[0] = 65
print(data + "str")
buf = bytearray(2)
buf[0] = "x"
print(bytes("no encoding"))
