# Starred expressions the builtin engine refuses: `*` of a value that may be None, `**` of a non-dict.
import random

xs = [1, 2] if random.random() < 2 else None
print([*xs])
pairs = [(1, 2)]
print({**pairs})
