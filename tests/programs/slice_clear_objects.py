"""`xs[:] = []` on a module-level list of objects, emptied and refilled by a loader (neural1)."""


class Unit:
    def __init__(self, name):
        self.name = name


units = []


def load(names):
    units[:] = []
    for n in names:
        units.append(Unit(n))
    return len(units)


print(load(["a", "b", "c"]), load(["d"]), [u.name for u in units])
units[1:] = []
print(len(units))
