# dict(name=value, ...) builds a dict with str keys, in keyword order.
colors = dict(red=0xFF0000, green=0x00FF00, blue=0x0000FF)
print(colors)
print(colors["green"], len(colors), list(colors))

empty = dict()
empty["x"] = 1
print(empty)


def point(x, y):
    return dict(x=x, y=y, norm=(x * x + y * y) ** 0.5)


p = point(3, 4)
print(p, p["norm"])

mixed = dict(a=1, b=2.5)  # int and float values make an int | float value type
mixed["c"] = 3
print(mixed, sum(mixed.values()))

config = dict(name="pyport", level=3, tags=None)
config["tags"] = "fast"
print(config)
