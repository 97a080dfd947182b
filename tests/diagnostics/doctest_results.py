# doctest's results, and verbose mode where the namespace has generated members (a dataclass's
# methods), need the examples run: refused.
import doctest
from dataclasses import dataclass
from doctest import testmod


@dataclass
class P:
    """>>> P(1)
    P(x=1)
    """

    x: int


doctest.testmod(verbose=True)
results = testmod()
print(results.failed)
