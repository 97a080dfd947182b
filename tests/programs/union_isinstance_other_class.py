# Values of several types (tagged unions): an isinstance test with a class none of them is.
def parse(tok):
    if tok.isdigit():
        return int(tok)
    if tok == "pi":
        return 3.14
    return tok


class Box:
    pass


v = parse("12")
print(v < 3)
print(int(v))
print(isinstance(v, Box))
