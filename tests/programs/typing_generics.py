# TypeVar and Generic[T] only annotate: the TypeVar assignment and the Generic base are dropped.
from __future__ import annotations

from typing import Generic, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K", int, str)


class Node(Generic[T]):
    def __init__(self, data: T) -> None:
        self.data = data
        self.next: Optional[Node[T]] = None


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.top: Optional[Node[T]] = None
        self.size = 0

    def push(self, item: T) -> None:
        node = Node(item)
        node.next = self.top
        self.top = node
        self.size += 1

    def pop(self) -> T:
        if self.top is None:
            raise IndexError("pop from empty stack")
        node = self.top
        self.top = node.next
        self.size -= 1
        return node.data

    def __len__(self) -> int:
        return self.size


def first(xs: list[K]) -> K:
    return xs[0]


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s.pop(), s.pop(), len(s))
words = Stack()
words.push("a")
print(words.pop(), first([3, 4]), first(["x"]))
try:
    words.pop()
except IndexError as e:
    print("IndexError:", e)
