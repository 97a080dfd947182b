# str methods with keyword arguments, placed at their parameter's position.
s = "a,b,c,d"
print(s.split(",", maxsplit=1), s.split(sep=","), s.rsplit(",", maxsplit=2))
print("a b  c".split(maxsplit=1), "a b  c".rsplit(maxsplit=1), s.split(maxsplit=2, sep=","))
print("x\ny\n".splitlines(keepends=True), "x\ny\n".splitlines(keepends=False))
print("a\tb\tc".expandtabs(tabsize=4) + "|")
