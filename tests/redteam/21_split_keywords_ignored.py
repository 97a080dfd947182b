print("a,b,c".split(",", maxsplit=1), "a,b,c".split(sep=","), "a b c".split(maxsplit=1))
print("x\ny".splitlines(keepends=True), "a\tb".expandtabs(tabsize=2))
