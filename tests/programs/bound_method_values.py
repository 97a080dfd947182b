# Methods of lists, sets and deques read as values (bound to their object), and dict.__setitem__.
from collections import deque

stack = []
push = stack.append
pop = stack.pop
for i in range(5):
    push(i * i)
print(stack, pop(), pop(), stack)

seen = set()
mark = seen.add
for w in "the cat the hat".split():
    mark(w)
print(sorted(seen))
forget = seen.discard
forget("cat")
forget("dog")
print(sorted(seen))

out = []
emit = out.append
for v in [3, 1, 2]:
    emit(v)
print(out)

# Bound to the object, not the name: rebinding the name later does not move the method.
xs = [1]
add_x = xs.append
xs = [100]
add_x(2)
print(xs)

q = deque()
handlers = {"back": q.append, "front": q.appendleft}
for side, v in [("back", 1), ("front", 0), ("back", 2)]:
    handlers[side](v)
print(list(q))

memory = {}
store = lambda name, v: memory.__setitem__(name, v)
store("a", 1)
store("b", 2)
store("a", 3)
print(memory, memory.__setitem__("c", 4), memory)
few = [5]
take = few.pop
print(take())
try:
    take()
except IndexError as e:
    print("IndexError:", e)
tostring = " ".join
print(tostring(["a", "b", "c"]), "[" + tostring([]) + "]")
glue = "-".join
parts = [str(i) for i in range(4)]
print(glue(parts), glue(list("xyz")))
rows = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*rows))), list(map(list, ["ab", "c"])), sorted(map(list, [{3, 1}, {2}])))
