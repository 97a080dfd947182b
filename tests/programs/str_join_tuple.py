# str.join over tuples: literal tuples, tuples kept in variables, concatenated
# tuples and the empty tuple (a join over a tuple once printed "" here).
parts = ("a", "b", "c")
print("".join(parts))
print("-".join(("x", "y")))
x = "q"
print(",".join((x, "r", x.upper())))
print("/".join(parts + ("d",)))
print("[" + "-".join(()) + "]")
rows = [("1", "2"), ("3", "4")]
for r in rows:
    print(" ".join(r))
print("|".join((s * 2 for s in parts)))
