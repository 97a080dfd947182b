# doctest's verbose mode and its results need the examples run: refused.
import doctest
from doctest import testmod

doctest.testmod(verbose=True)
results = testmod()
print(results.failed)
