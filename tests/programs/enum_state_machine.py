# A state machine over Enum members (tuple keys of members, annotated parameters, Counter and
# defaultdict of members, `in` on tuples of members) beside an IntEnum (max/min/sorted, comparisons,
# arithmetic); the loop unpacking `enumerate` of members once tied untyped places to the members.
from collections import Counter, defaultdict
from enum import Enum, IntEnum, auto
from typing import List


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


class Event(Enum):
    START = "start"
    FINISH = "finish"
    RESET = "reset"


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
    (State.DONE, Event.RESET): State.IDLE,
}


def step(s: State, e: Event) -> State:
    return TRANSITIONS.get((s, e), s)


def run(events: List[str]) -> List[State]:
    s = State.IDLE
    out = []
    for name in events:
        s = step(s, Event(name))
        out.append(s)
    return out


class Grade(IntEnum):
    C = 1
    B = 2
    A = 3


history = run(["start", "reset", "finish", "reset", "start"])
print(history)
print(Counter(history).most_common(1)[0][0].name)
by_state = defaultdict(list)
for i, s in enumerate(history):
    by_state[s].append(i)
print({k.name: v for k, v in by_state.items()})
print(State.DONE in (State.DONE, State.IDLE), State.IDLE not in history[:1])
grades = [Grade.B, Grade.A, Grade.C, Grade.A]
print(max(grades), min(grades).name, sorted(grades, reverse=True))
print([g for g in Grade if g >= Grade.B], Grade.A - Grade.C)
avg = sum(g.value for g in grades) / len(grades)
print(f"{avg:.2f}", [Grade(round(avg))])
