# typing's aliases of collections classes used as classes (`from typing import OrderedDict` then
# `OrderedDict()`), beside the same names used only in annotations.
from typing import Counter, DefaultDict, Deque, List, OrderedDict


def tally(words: List[str]) -> Counter[str]:
    return Counter(words)


seen: OrderedDict[str, int] = OrderedDict()
for w in "b a b c a b".split():
    seen[w] = seen.get(w, 0) + 1
groups: DefaultDict[int, List[str]] = DefaultDict(list)
for w in ["ab", "c", "de", "f"]:
    groups[len(w)].append(w)
window: Deque[int] = Deque(maxlen=2)
for i in range(5):
    window.append(i)
print(seen, tally("x y x".split()).most_common(1), dict(groups), list(window))
