# What the builtin engine's json does not port is refused at compile time, naming it: decoding
# (`loads`/`load`), objects of the program's classes and sets (CPython's TypeError "Object of
# type X is not JSON serializable"), a `default=` function, tuple keys without `skipkeys`,
# `sort_keys` over keys `<` may not order, a float indent, and dumping to a binary file.
import json


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


data = json.loads('{"a": 1}')
print(json.dumps(Point(1, 2)))
print(json.dumps({"tags": {1, 2}}))
print(json.dumps([1], default=str))
print(json.dumps({(1, 2): "pair"}))
keys: dict[int | str, int] = {1: 1, "b": 2}
print(json.dumps(keys, sort_keys=True))
print(json.dumps([1], indent=2.5))
with open("out.bin", "wb") as f:
    json.dump([1], f)
