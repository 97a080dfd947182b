# "sep".join(x) where x may be None (a function that can fall off its end, an abstract method
# whose body is `pass`): the items of x, not an empty str (mixed7 corpus, pe17 / strategy).
from abc import ABC, abstractmethod
from typing import List
class Strategy(ABC):
    @abstractmethod
    def do_algorithm(self, data: List):
        pass
class A(Strategy):
    def do_algorithm(self, data: List) -> List:
        return sorted(data)
class Ctx:
    def __init__(self, s: Strategy) -> None:
        self._s = s
    def run(self) -> None:
        result = self._s.do_algorithm(["b", "a", "c"])
        print(",".join(result))
Ctx(A()).run()
