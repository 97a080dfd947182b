# Values of unrelated types in one variable, list element, dict value or return value (tagged
# unions): printing, str/repr, equality, hashing, truth and isinstance narrowing.
def describe(n):
    if n > 0:
        return "positive"
    if n == 0:
        return False
    return n


def label(x):
    if isinstance(x, str):
        return "text " + x.upper()
    elif isinstance(x, bool):
        return "flag " + str(not x)
    else:
        return "number " + str(x * 2)


def size(v):
    if not isinstance(v, list):
        return -1
    return len(v) + sum(v)


for n in (3, 0, -4):
    r = describe(n)
    print(n, r, repr(r), str(r), bool(r), f"[{r}]", r == "positive", r == -4, r == False)

mixed = [1, "two", 3.5, True, "five"]
print(mixed, len(mixed))
for m in mixed:
    print(label(m), isinstance(m, int), isinstance(m, (str, float)), type(m) == str)
print([x for x in mixed if isinstance(x, str)])
print(mixed.count("two"), "two" in mixed, 3.5 in mixed, mixed.index("five"))

table = {"a": 1, "b": "bee", "c": [1, 2]}
table["d"] = 2.25
for k, v in table.items():
    print(k, v, isinstance(v, list), size(v))
print(table)

keys = {1: "int one", "1": "str one", True: "true (same key as 1)", 2.0: "float two"}
print(keys, keys[1], keys["1"], keys[2])
seen = set()
for x in [1, "a", 1, "a", 2.5, "b"]:
    seen.add(x)
print(len(seen), 1 in seen, "b" in seen, "c" in seen)

pair = (1, "x") if len(mixed) > 3 else ("y", 2)
a, b = pair
print(pair, a, b)
maybe = None if len(mixed) > 10 else mixed[1]
print(maybe, maybe is None)
print(sorted(["b", "a"]) if mixed else 0)
