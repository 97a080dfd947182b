# str(bytes, encoding) decodes.
data = bytes([104, 105])
print(str(data, "utf-8"), str(b"caf\xc3\xa9", "utf-8"), str(b"x", "ascii"), str(5))
