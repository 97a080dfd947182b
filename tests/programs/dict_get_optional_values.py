# dict.get on a dict whose values may be None: one level of None (no optional of an optional).
parent: dict[str, str | None] = {"a": None, "b": "a"}
for k in ["a", "b", "z"]:
    p = parent.get(k)
    print(k, p, parent.get(k, "dflt"))
x = parent.get("b")
while x is not None:
    print("up", x)
    x = parent.get(x)
