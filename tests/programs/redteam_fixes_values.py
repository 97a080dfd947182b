# Red-team findings fixed: `%` with a tuple argument, strs as iterables, `in` on dict views and
# generators, joins of empty lists, `d.pop(k, None)`, random functions with default arguments.
import random

t = (1, 2)
print("%s" % (t,))
print("%s and %s" % (t, "x"))
print("%r" % ((3, "a"),))

w = "hello"
print(max(w), min(w), sorted(w))
print(len(set("hello")), sorted(set("banana")))
for i, ch in enumerate("ab"):
    print(i, ch)
print(list(enumerate(w, 1))[:2])

c = {"x": 100, "y": 200}
print(100 in c.values(), 300 in c.values(), ("x", 100) in c.items(), ("x", 200) in c.items())
print("y" in c.keys(), "z" not in c.keys())


def squares(n):
    for i in range(n):
        yield i * i


sq = squares(10)
print(16 in sq, list(sq))


print("-".join([]) + "|")

d = {"a": 1, "b": 2}
print(d.pop("zz", None), d.pop("a", None), d)
v = d.pop("b", None)
if v is not None:
    print("popped", v + 1)

random.seed(7)
print(random.triangular(), random.triangular(2.0), random.triangular(1.0, 3.0, 2.5))
print(random.gauss(), random.normalvariate(), random.gauss(5.0))
