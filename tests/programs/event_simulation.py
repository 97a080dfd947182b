# An event simulation: objects with __lt__ in a heap, random.Random's distributions, defaultdict, and print(..., file=sys.stderr).
import heapq
import random
import sys
from collections import defaultdict

class Event:
    def __init__(self, time, kind, who):
        self.time, self.kind, self.who = time, kind, who
    def __lt__(self, other):
        return (self.time, self.who) < (other.time, other.who)
    def __repr__(self):
        return f"Event({self.time:.2f}, {self.kind!r}, {self.who})"

def simulate(n_customers, seed=1):
    rng = random.Random(seed)
    events = []
    for c in range(n_customers):
        heapq.heappush(events, Event(rng.expovariate(1.0) * 10, "arrive", c))
    busy_until = 0.0
    waits = defaultdict(float)
    log = []
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            start = max(ev.time, busy_until)
            waits[ev.who] = start - ev.time
            busy_until = start + rng.uniform(0.5, 2.0)
            heapq.heappush(events, Event(busy_until, "leave", ev.who))
        else:
            log.append(ev)
    return waits, log

waits, log = simulate(8)
print(f"mean wait {sum(waits.values()) / len(waits):.3f}")
print(log[:2])
print(sorted(waits, key=waits.get)[:3])
print("warning: done", file=sys.stderr)
hist = defaultdict(int)
r = random.Random(7)
for _ in range(1000):
    hist[sum(r.choice([1, 2, 3, 4, 5, 6]) for _ in range(2))] += 1
for k in sorted(hist):
    print(f"{k:2d} {'#' * (hist[k] // 10)}")
deck = [f"{v}{s}" for s in "SHDC" for v in list(range(2, 11)) + ["J", "Q", "K", "A"]]
r.shuffle(deck)
print(deck[:5], r.sample(range(100), 5), round(r.gauss(0, 1), 6))
