# Iterating a tuple whose items have different types: the loop variable holds each in turn.
for x in (1, "a", 2.5):
    print(x, type(x).__name__)

pair = (3, "b")
for y in pair:
    print(repr(y))

for z in (None, 4, None):
    print(z is None, z)

total = 0
for w in (1, "xy", [1, 2, 3]):
    if isinstance(w, int):
        total += w
    else:
        total += len(w)
print(total)


def describe(*items):
    return [str(i) for i in items]


record = ("Ada", 36, 1.75)
for field in record:
    print(field, end=" ")
print()
print(describe(*record))
person = list(record)
person[0] = "Grace"
person[1] = 45
print(person, list(pair), list((1, 2)))
