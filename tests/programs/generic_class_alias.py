# A generic class instantiated through its alias (`Registry[int]()`): an instance of the class,
# here holding strs in one registry and ints in another.
from typing import Dict, Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._store: Dict[str, T] = {}

    def set_item(self, k: str, v: T) -> None:
        self._store[k] = v

    def get_item(self, k: str) -> T:
        return self._store[k]


names = Registry[str]()
ages = Registry[int]()
names.set_item("husband", "steve")
ages.set_item("steve", 30)
print(names.get_item("husband"), ages.get_item("steve") + 1, type(ages).__name__)
