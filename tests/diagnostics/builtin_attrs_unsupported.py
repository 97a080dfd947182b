# Forms around function names, textwrap, bound methods and defaultdict contents that stay refused.
import textwrap
from collections import defaultdict

print(textwrap.shorten("some words here", 8))
print(textwrap.wrap("some words here", 8, max_lines=1))
print(textwrap.fill(3, 8))
print(textwrap.indent("a\nb", "> ", lambda line: True))
print(type(lambda: 0).__name__)
d = defaultdict(int, [1, 2])
e = defaultdict(list, {}, {})
xs = [1]
m = xs.extend
