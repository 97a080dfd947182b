# queue.Queue / queue.SimpleQueue in one thread: put, put_nowait, get, qsize, empty and the
# `.queue` deque of items (a FIFO the port keeps in a deque).
import queue
from queue import Queue

q = queue.Queue()
for x in (14, 27, 11, 4, 1):
    q.put(x)
n = q.qsize()
for i in range(n):
    a = q.get()
    for j in range(n - 1):
        b = q.get()
        if a > b:
            q.put(b)
        else:
            q.put(a)
            a = b
    q.put(a)
while q.empty() == False:
    print(q.queue[0], end=" ")
    q.get()
print()


class Stack:
    def __init__(self):
        self.q1 = Queue()
        self.q2 = Queue(maxsize=10)

    def push(self, x):
        self.q2.put_nowait(x)
        while not self.q1.empty():
            self.q2.put(self.q1.queue[0])
            self.q1.get()
        self.q1, self.q2 = self.q2, self.q1

    def pop(self):
        return self.q1.get()


s = Stack()
for w in ["a", "b", "c"]:
    s.push(w)
print(s.pop(), s.pop(), s.q1.qsize(), list(s.q1.queue))
sq = queue.SimpleQueue()
sq.put((1, "x"))
print(sq.get(), sq.empty())
