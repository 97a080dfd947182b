# isinstance of an int-or-float value against int / float tests its tag.
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    return "other"


def check(value):
    if not isinstance(value, (int, float)):
        raise TypeError("not a number")
    return value * 2


for v in [1, 2.5, -3]:
    print(kind(v), check(v), isinstance(v, str), isinstance(v, (str, float)))
