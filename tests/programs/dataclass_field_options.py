# dataclasses.field options: compare, repr, init.
from dataclasses import dataclass, field
from typing import List


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)
    done: bool = field(default=False, init=False)
    secret: str = field(default="x", repr=False)


tasks = sorted([Task(3, "write"), Task(1, "read", ["urgent"]), Task(2, "think")])
print(tasks)
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
t = tasks[0]
t.done = True
print(t, t.tags, t.done, t.secret)


@dataclass(frozen=True)
class Key:
    a: int
    note: str = field(default="", compare=False)


print(Key(1, "x") == Key(1, "y"), hash(Key(1, "x")) == hash(Key(1, "y")), len({Key(1, "p"), Key(1, "q"), Key(2)}))
