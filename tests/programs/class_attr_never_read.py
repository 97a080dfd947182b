# `Cls.attr = value` for an attribute nothing reads (a leftover or a misspelling, as in Shed
# Skin's bh.py): the value is still evaluated, in order.
class Config:
    nsteps = 10
    verbose = False


def noisy(v):
    print("evaluated", v)
    return v


Config.steps = noisy(2500)
Config.nsteps = 3
Config.verbose = True
for i in range(Config.nsteps):
    if Config.verbose:
        print("step", i)
