# A type variable read as a value is refused (type variables only annotate).
from typing import TypeVar

T = TypeVar("T")
print(T)
