# collections.deque: both ends, rotate, indexing, iteration, `in`, ==, printing, maxlen.
from collections import deque

q = deque()
print(q, len(q), bool(q))
for i in range(5):
    q.append(i)
    q.appendleft(-i)
print(q, len(q), bool(q))
print(q.pop(), q.popleft(), q)
q.rotate(2)
print("rotate 2:", q)
q.rotate(-3)
print("rotate -3:", q)
q.rotate()
print("rotate:", q)
print(q[0], q[-1], q[2])
q[1] = 100
print(q, 100 in q, 7 in q, 3 not in q)
q.extend([7, 8])
q.extendleft(range(3))
print(q)
print(q.count(0), q.index(100))
q.remove(100)
print(q, sum(q), max(q), sorted(q))
total = 0
for x in q:
    total += x * 2
print("total", total)
r = deque([1, 2, 3])
print(r == deque([1, 2, 3]), r == deque([3, 2, 1]), r != deque([1, 2]))
w = deque(maxlen=3)
for i in range(6):
    w.append(i * i)
    print(w, len(w))
w.appendleft(-1)
print(w)
z = deque("abc", 2)
print(z, list(z))
s = deque(["x", "y"])
s.clear()
print(s, len(s))
print(deque(x * 0.5 for x in range(4)))
r.reverse()
print(r, r.copy())
r.insert(1, 9)
print(r)
