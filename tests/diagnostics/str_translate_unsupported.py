table = {"a": "b"}
print("abc".translate(table))
print(str.maketrans("ab", 12))
print(str.maketrans(["a"]))
print(str.maketrans("a", "b", z="c"))
print("abc".translate([1, 2]))
