# Variable-length tuples (`tuple[T, ...]`): tuple(), concatenation in a loop, hashing, order, slicing.
def squares(n):
    return tuple(i * i for i in range(n))


xs = [3, 1, 2]
t = tuple(xs)
print(t, len(t), t[0], t[-1], tuple(), tuple("ab"), tuple([7]))
print(squares(0), squares(1), squares(5))
acc = ()
for i in range(4):
    acc = acc + (i,)
    print(acc)
print(acc * 2, 2 * acc, acc * 0, acc[1:], acc[::-1], acc[1:3], acc[10:])
print(3 in acc, 9 in acc, 9 not in acc, acc.count(2), acc.index(3), acc.index(1, 1))
print(acc == (0, 1, 2, 3), acc != (0, 1), acc < (0, 1, 3), () < acc, acc == tuple(range(4)))
print(hash(t) == hash((3, 1, 2)), hash(()) == hash(tuple()))
seen = set()
for p in [tuple(xs), tuple(sorted(xs)), (3, 1, 2), tuple(reversed(xs))]:
    seen.add(p)
print(len(seen), sorted(seen), min(seen), max(seen))
groups = {}
for w in ["ab", "ba", "abc", "cab", "x"]:
    key = tuple(sorted(w))
    groups.setdefault(key, []).append(w)
for k, v in groups.items():
    print(k, v)
a, b, c = t
print(a, b, c, sum(t), sorted(t), list(t), max(t))
for v in t:
    print(v, end=" ")
print()
if tuple(x for x in xs if x > 5):
    print("non-empty")
else:
    print("empty", bool(t), not ())
deps = {"a": ("b", "c"), "b": ()}
print(deps.get("c", ()), deps["a"], len(deps.get("x", ())))
fl = tuple([1.5, 2.0])
print(fl, tuple([True, False]), repr(tuple(["q"])), str(t))
