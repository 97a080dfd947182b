# queue.PriorityQueue in a single-threaded program: put/get/empty/qsize/full and .queue, as heapq does it.
from queue import PriorityQueue
import queue
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


q = PriorityQueue()
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
    q.put((p, n))
print(q.qsize(), q.empty(), q.full())
while not q.empty():
    print(q.get())


class Scheduler:
    def __init__(self):
        self.jobs = queue.PriorityQueue()

    def add(self, job):
        self.jobs.put_nowait(job)

    def run(self):
        while self.jobs.qsize() > 0:
            print("run", self.jobs.get_nowait().name)


s = Scheduler()
for i, n in enumerate(["x", "y", "w"]):
    s.add(Job(5 - i, n))
print(len(s.jobs.queue))
s.run()
