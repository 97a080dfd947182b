# Module constants imported by name (`from math import pi`): once typed as
# nothing, so `pi * 2` printed None and `list(ascii_lowercase)` lost its type.
from math import pi, e, tau, inf
from string import ascii_lowercase, digits, punctuation
from sys import maxsize

print(pi * 2, round(e, 5), tau / 2 == pi, -inf < 0)
letters = list(ascii_lowercase)
print(letters[:5], letters[-1].upper(), len(letters))
table = letters[::]
print(table.index("q"), [table.pop(3)] + table[:3])
print(sum(int(d) for d in digits), punctuation[:4])
print(maxsize, maxsize + 1, (maxsize + 1) // 2 == 2 ** 62)
