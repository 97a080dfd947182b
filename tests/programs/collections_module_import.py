# `import collections` and `collections.X(...)`; collections values in lists, fields and returns.
import collections


class Stats:
    def __init__(self):
        self.seen = collections.Counter()
        self.recent = collections.deque(maxlen=4)
        self.by_len = collections.defaultdict(list)

    def add(self, word):
        self.seen[word] += 1
        self.recent.append(word)
        self.by_len[len(word)].append(word)

    def report(self):
        return self.seen.most_common(2), list(self.recent), dict(self.by_len)


def windows(xs, n):
    out = []
    w = collections.deque()
    for x in xs:
        w.append(x)
        if len(w) > n:
            w.popleft()
        out.append(collections.deque(w))
    return out


s = Stats()
for w in "one two three two one two four five".split():
    s.add(w)
print(s.report())
print(s.recent, s.seen)
ws = windows([1, 2, 3, 4, 5], 3)
print(ws[-1], ws[0], len(ws))
print([sum(w) for w in ws])
