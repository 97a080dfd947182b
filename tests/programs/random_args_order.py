# random calls whose arguments have effects: evaluated in order, once, and only where the call runs
# (behind and/or, in a comprehension's condition), for the module and for a Random instance.
import random
log = []
def f(v):
    log.append(v)
    return v
random.seed(5)
print(False and random.randint(f(1), f(10)))
print(random.randint(f(1), f(10)), random.uniform(f(2.0), f(3.0)), log)
rng = random.Random(7)
print(True or rng.randint(f(3), f(4)), rng.randint(f(3), f(40)), log)
print([random.randrange(f(0), f(100)) for _ in range(3) if len(log) > 100], log)
