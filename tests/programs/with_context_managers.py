# `with` over the program's own context managers: several items, no `as`, a return or
# continue inside the body, and an exception leaving it (`__exit__` still runs).
import time

class Timer:
    count = 0
    def __init__(self, label):
        self.label = label
        self.start = 0.0
    def __enter__(self):
        Timer.count += 1
        self.start = time.time()
        print("enter", self.label, Timer.count)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label)
        return False

class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
    def __exit__(self, *args):
        Indent.level -= 1

def say(msg):
    print("  " * Indent.level + msg)

def find(xs, target):
    with Timer("find") as t:
        for i, x in enumerate(xs):
            if x == target:
                return i
    return -1

with Timer("outer") as t1, Timer("inner") as t2:
    print(t1.label, t2.label)
print(find([3, 1, 4], 4), find([3], 9))
ind = Indent()
say("a")
with ind:
    say("b")
    with ind:
        say("c")
    say("d")
say("e")
try:
    with Timer("boom"):
        raise ValueError("bad")
except ValueError as e:
    print("caught", e)
for k in range(3):
    with Timer("loop"):
        if k == 1:
            continue
        print("body", k)
print(Timer.count, Indent.level)
