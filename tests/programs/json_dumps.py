# json.dumps / json.dump of statically typed values: every option, nested containers, unicode,
# floats, big ints, key conversions, and the errors CPython raises (caught).
import json
from json import dumps

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(42), json.dumps(-7))
print(json.dumps(2 ** 100), json.dumps(-(3 ** 70)))
for f in [0.1, 1e16, 1e-7, -0.0, 1.5, 123456789.125, 1e300, 2.5e-308, float("nan"), float("inf"), -float("inf")]:
    print(json.dumps(f), dumps([f]))
print(json.dumps("plain"), json.dumps(""))
text = 'quote " backslash \\ nl \n cr \r tab \t bs \b ff \f nul \x00 us \x1f del \x7f'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
uni = "héllo wörld – ✓ 日本語 😀 𝄞"
print(json.dumps(uni))
print(json.dumps(uni, ensure_ascii=False))
print(json.dumps([uni, {"ключ": uni}], ensure_ascii=False))

nums = [1, 2, 3]
print(json.dumps(nums), json.dumps([]), json.dumps({}), json.dumps(()), json.dumps((1, "a", None)))
print(json.dumps([[1, 2], [], [3]]))
mixed: list[int | float] = [1, 2.5, 3, -0.0]
print(json.dumps(mixed))
maybe = [1, None, 3]
print(json.dumps(maybe))
union_items = [1, "two", [3], {"four": 4}]
print(json.dumps(union_items))
print(json.dumps(union_items, indent=2))

record = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "spouse": None, "score": 9.5}
print(json.dumps(record))
print(json.dumps(record, sort_keys=True))
print(json.dumps(record, indent=4))
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record, indent="\t"))
print(json.dumps(record, indent=0))
print(json.dumps(record, indent=-3))
print(json.dumps(record, indent=""))
print(json.dumps(record, separators=(",", ":")))
print(json.dumps(record, indent=2, separators=(", ", " = ")))
print(json.dumps(record, separators=(";", "->"), sort_keys=True))

int_keys = {3: "c", 1: "a", 2: "b", 10 ** 20: "big", -5: "neg"}
print(json.dumps(int_keys), json.dumps(int_keys, sort_keys=True))
float_keys = {1.5: 1, 0.1: 2, -0.0: 3, 1e16: 4}
print(json.dumps(float_keys), json.dumps(float_keys, sort_keys=True))
bool_keys = {True: "t", False: "f"}
print(json.dumps(bool_keys), json.dumps(bool_keys, sort_keys=True))
none_key = {None: 0}
print(json.dumps(none_key))
opt_keys: dict[int | None, str] = {1: "one", None: "none"}
print(json.dumps(opt_keys))
union_keys: dict[int | str, int] = {1: 1, "b": 2}
print(json.dumps(union_keys))
tuple_keys = {(1, 2): "pair", (0, 1): "other"}
print(json.dumps(tuple_keys, skipkeys=True), json.dumps({"x": tuple_keys}, skipkeys=True, indent=1))

nested = {"matrix": [[1, 2], [3, 4]], "empty": {"l": [], "d": {}}, "t": (1, (2, 3)), "s": {"deep": {"deeper": [None, True]}}}
print(json.dumps(nested))
print(json.dumps(nested, indent=3))
print(json.dumps(nested, indent=True))

for bad in [float("nan"), float("inf"), -float("inf")]:
    try:
        print(json.dumps([1.0, bad], allow_nan=False))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(json.dumps({"k": bad}, allow_nan=False, indent=1))
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps([1.5], allow_nan=False))

flag = len(nums) > 2
print(json.dumps(record, sort_keys=flag, indent=2 if flag else None))
ind: int | None = None
print(json.dumps(nums, indent=ind))
ind = 1
print(json.dumps(nums, indent=ind))

# json.dump to a file, then read back.
with open("out.json", "w") as fh:
    json.dump(record, fh)
    fh.write("\n")
    json.dump(nested, fh, indent=2, sort_keys=True)
    fh.write("\n")
    json.dump(uni, fh, ensure_ascii=False)
with open("out.json") as fh:
    print(fh.read())

# A failing dump leaves in the file what CPython's encoder had written before the failure.
g = open("partial.json", "w")
try:
    json.dump({"a": [1, 2], "b": {"c": float("nan")}}, g, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dump([[1], [float("inf")]], g, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
g.close()
with open("partial.json") as fh:
    print(repr(fh.read()))


def encode(rows: list[dict[str, int]]) -> str:
    return json.dumps(rows, separators=(",", ":"))


print(encode([{"a": 1}, {"b": 2, "c": 3}]))


def nest(n: int):
    out = [n]
    if n > 0:
        out.append(nest(n - 1))
    return out


print(json.dumps(nest(3)), json.dumps(nest(2), indent=1))
loop = [1]
loop.append(loop)
try:
    print(json.dumps(loop))
except ValueError as e:
    print("ValueError:", e)
