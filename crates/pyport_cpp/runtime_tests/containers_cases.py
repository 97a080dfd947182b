#!/usr/bin/env python3
"""Expected output for `containers_test --cases`: CPython 3.11 runs every case that
containers_test.cpp runs with the pyport runtime (dict, set, frozenset, hash,
defaultdict, Counter, deque, heapq, bisect); the outputs must be equal byte for byte.
Random operation sequences come from the same 64-bit LCG on both sides."""
import bisect
import heapq
import sys
from collections import Counter, defaultdict, deque

OUT = []


def out(label, value):
    OUT.append(label + ": " + (value if isinstance(value, str) else repr(value)))


def err(label, f):
    try:
        r = f()
        out(label, "no error " + repr(r))
    except Exception as e:  # noqa: BLE001 - the message is what is compared
        out(label, type(e).__name__ + ": " + str(e))


class Rng:
    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.s >> 33

    def below(self, n):
        return self.next() % n


# ----------------------------------------------------------------- hash
def hashes():
    ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**63 - 1, -(2**63), 123456789012345678]
    for i in ints:
        out("hash int %d" % i, hash(i))
    floats = [0.0, -0.0, 0.5, -0.5, 1.5, 3.141592653589793, 1e-300, 1e300, -2.5e300, 5e-324, 2.0**61,
              float("inf"), float("-inf"), 0.1, 1 / 3, 123456.789, -7.0, 2.0**63]
    for f in floats:
        out("hash float %r" % f, hash(f))
    out("hash True", hash(True))
    out("hash False", hash(False))
    out("hash ()", hash(()))
    out("hash (1,)", hash((1,)))
    out("hash (1, 2)", hash((1, 2)))
    out("hash (-1, -2)", hash((-1, -2)))
    out("hash ((1, 2), 3)", hash(((1, 2), 3)))
    out("hash (1.5, -2, True)", hash((1.5, -2, True)))
    out("hash (0.5, (2**62, -7))", hash((0.5, (2**62, -7))))
    out("hash frozenset()", hash(frozenset()))
    out("hash frozenset({1, 2, 3})", hash(frozenset({1, 2, 3})))
    out("hash frozenset(range(100))", hash(frozenset(range(100))))
    out("hash frozenset({(1, 2), (3, 4)})", hash(frozenset({(1, 2), (3, 4)})))
    out("hash frozenset({frozenset({1}), frozenset()})", hash(frozenset({frozenset({1}), frozenset()})))


def str_hashes():
    out("hash str ab", hash("ab"))
    out("hash str abc", hash("abc"))
    out("hash str copy abc", hash("abc"))
    out("hash str abc\\xe9", hash("abc\xe9"))
    out("hash str abc\\xe9x", hash("abc\xe9x"))
    out("hash str copy still abc", hash("abc"))
    out("hash str ab again", hash("ab"))
    out("hash str \\u65e5\\u672c", hash("\u65e5\u672c"))
    out("hash str \\u65e5\\u672c\\U0001f600", hash("\u65e5\u672c\U0001f600"))
    out("hash str moved", hash("\u65e5\u672c\U0001f600"))
    out("hash str empty", hash(""))
    out("hash str ab rebuilt", hash("ab"))
    out("hash str z", hash("z"))
    out("hash str nul", hash("\0"))
    out("hash str del", hash("\x7f"))
    out("hash str e-acute", hash("\xe9"))


# ------------------------------------------------------------------ set

def int_value(r, kind):
    if kind == 0:
        return r.below(50)
    if kind == 1:
        return r.below(2000) - 1000
    if kind == 2:
        return (r.next() << 30) + r.next() - (1 << 60)
    return r.below(64) * 8  # many collisions in small tables


def sets_of_ints():
    for seed in range(8):
        r = Rng(seed)
        kind = seed % 4
        s = set()
        for step in range(300):
            op = r.below(10)
            v = int_value(r, kind)
            if op < 6:
                s.add(v)
            elif op < 9:
                s.discard(v)
            else:
                if s:
                    out("ints %d pop" % seed, s.pop())
            if step % 50 == 49:
                out("ints %d step %d" % (seed, step), s)
        out("ints %d list" % seed, list(s))
        out("ints %d len" % seed, len(s))
        t = set(list(s)[::3])
        out("ints %d sub" % seed, t)
        for i in range(min(len(s), 7)):
            out("ints %d pop%d" % (seed, i), s.pop())
        out("ints %d after pops" % seed, s)
        s.clear()
        for v in range(10, 0, -1):
            s.add(v * 3)
        out("ints %d refill" % seed, s)
        out("ints %d refill pop" % seed, s.pop())


def sets_of_floats_and_tuples():
    r = Rng(99)
    s = set()
    for _ in range(200):
        s.add(r.below(1000) / 8 - 60)
        if r.below(4) == 0:
            s.discard(r.below(1000) / 8 - 60)
    out("floats", s)
    out("float specials", {float("inf"), float("-inf"), 0.5, -0.0, 1e300, 1e-300, 2.0**70, 3.0, 2.0})
    out("mixed eq keys", {1, 1.0, True, 2, 2.0})
    out("bools", {True, False})
    out("bools2", {False, True})
    t = set()
    for i in range(60):
        t.add((i % 7, -i))
        t.add((r.below(5), r.below(5) * 0.5))
    out("tuples", t)
    n = set()
    for i in range(30):
        n.add(((i, i + 1), i * 2))
    out("nested tuples", n)
    fs = {frozenset({1, 2}), frozenset(), frozenset({3}), frozenset({1, 2})}
    out("frozensets in set", fs)
    out("frozenset repr", frozenset([5, 1, 3]))
    out("frozenset empty", frozenset())
    out("set empty", set())


def set_algebra():
    for seed in range(10):
        r = Rng(1000 + seed)
        sizes = [r.below(3), r.below(12), r.below(40), r.below(200)]
        na = sizes[r.below(4)]
        nb = sizes[r.below(4)]
        a = set(r.below(300) - 100 for _ in range(na))
        b = set(r.below(300) - 100 for _ in range(nb))
        for v in list(a)[: len(a) // 3]:
            a.discard(v)
        lb = [r.below(300) - 100 for _ in range(nb)]
        p = "alg %d " % seed
        out(p + "a", a)
        out(p + "b", b)
        out(p + "a|b", a | b)
        out(p + "b|a", b | a)
        out(p + "a&b", a & b)
        out(p + "b&a", b & a)
        out(p + "a-b", a - b)
        out(p + "b-a", b - a)
        out(p + "a^b", a ^ b)
        out(p + "b^a", b ^ a)
        out(p + "union list", a.union(lb))
        out(p + "union 2", a.union(lb, b))
        out(p + "intersection list", a.intersection(lb))
        out(p + "intersection 2", a.intersection(b, lb))
        out(p + "difference list", a.difference(lb))
        out(p + "difference 2", a.difference(b, lb))
        out(p + "symdiff list", a.symmetric_difference(lb))
        out(p + "set(list)", set(lb))
        out(p + "copy", a.copy())
        out(p + "frozenset|set", frozenset(a) | b)
        out(p + "set&frozenset", a & frozenset(b))
        out(p + "rels", [a <= b, a < b, a >= b, a > b, a == b, a != b, a.issubset(lb), a.issuperset(lb),
                         a.isdisjoint(b), a.isdisjoint(lb), a.issubset(a | b), (a | b).issuperset(b)])
        c = a.copy()
        c |= b
        out(p + "|=", c)
        c = a.copy()
        c &= b
        out(p + "&=", c)
        c.add(-1000)
        out(p + "&= then add", c)
        c = a.copy()
        c -= b
        out(p + "-=", c)
        c = a.copy()
        c ^= b
        out(p + "^=", c)
        c = a.copy()
        c.update(lb, b)
        out(p + "update", c)
        c = a.copy()
        c.intersection_update(lb)
        out(p + "intersection_update", c)
        c = a.copy()
        c.difference_update(lb)
        out(p + "difference_update", c)
        c = a.copy()
        c.symmetric_difference_update(lb)
        out(p + "symmetric_difference_update", c)
        d = {v: v * v for v in lb}
        c = a.copy()
        c.update(d)
        out(p + "update dict", c)
        out(p + "difference dict", a.difference(d))
        c = a.copy()
        c.symmetric_difference_update(d)
        out(p + "symdiff dict", c)
        out(p + "set(dict)", set(d))
        out(p + "intersection dict", a.intersection(d))


def set_displays():
    r = Rng(4242)
    for i in range(40):
        n = 3 + r.below(25)
        xs = [r.below(400) - 100 for _ in range(n)]
        src = "{" + ", ".join(str(x) for x in xs) + "}"
        out("literal %d" % i, eval(src))  # compiled as BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE
        out("literal %d for" % i, eval("[x for x in " + src + "]"))  # iterates the frozenset constant
        s = set()
        for x in xs:
            s.add(x)
        out("literal %d adds" % i, s)
    out("literal tuples", {(1, 2), (3, 4), (5, 6), (1, 2), (70, -1)})
    out("literal floats", {0.5, 1.5, 2.25, -3.0, 1e10, 7.0, 8.125})
    out("literal two", {166, 95})


def set_misc():
    big = set(range(100))
    small = {5, 7, 500}
    out("big - small", big - small)
    out("small - big", small - big)
    c = small.copy()
    c -= big
    out("small -= big", c)
    c = big.copy()
    c -= {1, 2, 3}
    out("big -= 3", c)
    s = set(range(0, 2000, 7))
    for v in range(0, 2000, 14):
        s.discard(v)
    out("sparse after discards", s)
    s.add(-5)
    out("sparse add", s)
    e = set()
    err("pop empty", e.pop)
    err("remove missing", lambda: {1}.remove(2))
    err("remove missing tuple", lambda: {1}.remove((1, 2)))
    err("remove missing str", lambda: {"a"}.remove("b"))
    s = {1, 2, 3}

    def mutate():
        for x in s:
            s.add(x + 10)
    err("changed size", mutate)
    s = set(range(20))
    for _ in range(5):
        s.pop()
    s.add(100)
    s.add(3)
    out("pop then add", s)
    out("pop then add pops", [s.pop() for _ in range(4)])
    out("in", [3 in s, 1.0 in {1}, (1, 2) in {(1, 2)}, 4.5 in {4}])
    out("len", len({1, 2, 2, 3}))
    s = {1, 2, 3}
    s2 = s
    s2.add(4)
    out("alias", s)
    s3 = s.copy()
    s3.add(5)
    out("copy independent", [s, s3])
    out("frozenset copy", frozenset({3, 1}).copy())
    out("set of frozenset as key", {frozenset({1, 2}): "a", frozenset(): "b"})


# ----------------------------------------------------------------- dict
def dicts():
    d = {}
    for i in range(20):
        d[i * 7 % 13] = i
    out("dict build", d)
    for k in [0, 7, 3]:
        del d[k]
    d[0] = 100
    d[3] = 300
    out("dict del reinsert", d)
    d[5] = -5
    out("dict overwrite keeps position", d)
    out("keys", d.keys())
    out("values", d.values())
    out("items", d.items())
    out("list(d)", list(d))
    out("get", [d.get(5), d.get(99), d.get(99, -1), d.get(5.0)])
    out("setdefault", [d.setdefault(5, 0), d.setdefault(42, 4242)])
    out("after setdefault", d)
    out("pop", [d.pop(42), d.pop(1000, -1)])
    out("popitem", d.popitem())
    out("popitem2", d.popitem())
    out("after popitem", d)
    d[77] = 7
    out("insert after popitem", d)
    out("in", [5 in d, 6 in d, 5.0 in d, True in d])
    out("len", len(d))
    e = d.copy()
    e[1000] = 1
    out("copy", [d == e, len(d), len(e)])
    del e[1000]
    out("eq after del", d == e)
    d2 = {}
    d2.update(d)
    d2.update([(1, 1), (2, 2)])
    out("update", d2)
    d2.clear()
    out("clear", d2)
    out("empty", {})
    err("popitem empty", lambda: {}.popitem())
    err("keyerror str", lambda: {"a": 1}["x"])
    err("keyerror int", lambda: {1: 1}[3])
    err("keyerror tuple", lambda: {(1, 1): 1}[(1, 2)])
    err("keyerror float", lambda: {1: 1}[2.5])
    err("keyerror quote", lambda: {"a": 1}["it's"])
    err("pop missing", lambda: {1: 2}.pop(5))

    def del_missing():
        x = {1: 2}
        del x[9]
    err("del missing", del_missing)
    m = {1: 1, 2: 2}

    def mutate():
        for k in m:
            m[k + 10] = 0
    err("changed size", mutate)

    def mutate2():
        for k, v in m.items():
            del m[k]
    err("changed size items", mutate2)
    kc = {1: 1, 2: 2, 3: 3}

    def keys_changed():
        for k in kc:
            if k == 3:
                del kc[1]
                kc[5] = 0
    err("keys changed", keys_changed)
    out("keys changed after", kc)
    rolled = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in rolled:  # delete + insert keeps the size; the resize hides the new keys
        seen.append(k)
        del rolled[k]
        rolled[k + 10] = 0
    out("delete insert in loop", [seen, rolled])
    n = {1: 1, 2: 2}
    for k in n:
        n[k] = n[k] * 10  # value changes are fine
    out("value change in loop", n)
    out("nested lists", {"b": [[1, 2]], "a": [], "c": [[1], []]})
    out("nested dict", {"x": {"y": (1, 2.5)}, "z": {}})
    out("optional values", {"d": None, "e": 5})
    out("str escapes", {"it's": 'a"b', "\n": "\u00e9\t"})
    t = {}
    for i in range(100):
        t[(i % 10, i // 10)] = i
    for i in range(0, 100, 3):
        del t[(i % 10, i // 10)]
    out("tuple keys", list(t.items())[:20])
    out("tuple keys len", len(t))
    r = Rng(7)
    big = {}
    for _ in range(3000):
        k = r.below(500)
        if r.below(3) == 0:
            big.pop(k, None)
        else:
            big[k] = big.get(k, 0) + 1
    out("random dict", big)
    pop_order = []
    while len(big) > 480:
        pop_order.append(big.popitem())
    out("random dict popitem", pop_order)
    s = {"b": 1, "a": 2}
    s2 = s
    s2["c"] = 3
    out("alias", s)
    out("eq order-insensitive", {1: 2, 3: 4} == {3: 4, 1: 2})
    out("ne value", {1: 2} == {1: 3})
    out("dict(zip)", dict(zip(["x", "y", "z"], [1, 2, 3])))
    out("int float keys", {1: "one", 1.0: "f", 2.0: "two"})


# ---------------------------------------------------------- collections
def defaultdicts():
    dd = defaultdict(int)
    for w in "the quick brown fox jumps over the lazy dog the end".split():
        dd[w] += 1
    out("dd int", dd)
    dl = defaultdict(list)
    for i in range(10):
        dl[i % 3].append(i)
    out("dd list", dl)
    ds = defaultdict(set)
    for i in range(10):
        ds[i % 2].add(i * 3)
    out("dd set", ds)
    df = defaultdict(float)
    df["a"] += 1.5
    out("dd float", df)
    dstr = defaultdict(str)
    dstr[1] += "x"
    out("dd str", dstr)
    out("dd missing read inserts", [dd["zzz"], "zzz" in dd, len(dd)])
    out("dd get no insert", [dd.get("yyy"), "yyy" in dd])
    out("dd copy", dd.copy() == dd)
    out("dd eq dict", defaultdict(int, {1: 2}) == {1: 2})
    out("dd empty", defaultdict(list))
    nd = defaultdict(lambda: 7)
    out("dd lambda value", [nd["q"], dict(nd)])
    err("dd no factory", lambda: defaultdict()["k"])


def counters():
    c = Counter("abracadabra")
    out("counter str", c)
    out("most_common", c.most_common())
    out("most_common 2", c.most_common(2))
    out("most_common 0", c.most_common(0))
    out("most_common -1", c.most_common(-1))
    out("elements", list(c.elements()))
    out("missing", [c["z"], "z" in c, len(c)])
    c["z"] += 2
    out("inc missing", c)
    c.update("zzzaa")
    out("update str", c)
    c.update({"q": 5, "a": -1})
    out("update mapping", c)
    c.subtract("aaaa")
    out("subtract", c)
    c.subtract({"b": 10})
    out("subtract mapping", c)
    out("total", c.total())
    out("elements after", list(c.elements()))
    words = []
    r = Rng(5)
    vocab = ["w%d" % i for i in range(30)]
    for _ in range(500):
        words.append(vocab[r.below(30)])
    wc = Counter(words)
    out("word counts", wc.most_common())
    out("word top5", wc.most_common(5))
    ties = Counter(["x", "y", "z", "y", "x", "w"])
    out("ties", ties.most_common())
    out("ties 1", ties.most_common(1))
    out("ties repr", ties)
    a = Counter(a=3, b=1, c=-2)
    b = Counter(a=1, b=2, d=4, c=-5)
    out("add", a + b)
    out("sub", a - b)
    out("or", a | b)
    out("and", a & b)
    out("eq zero", Counter(a=1) == Counter(a=1, b=0))
    out("ne", Counter(a=1) == Counter(a=2))
    out("empty", Counter())
    out("ints", Counter([3, 1, 3, 2, 1, 3]))
    out("tuples", Counter([(1, 2), (1, 2), (0, 0)]))
    cc = Counter("aab")
    cc.update(cc)
    out("self update", cc)


def deques():
    d = deque()
    for i in range(5):
        d.append(i)
        d.appendleft(-i)
    out("deque", d)
    out("pops", [d.pop(), d.popleft(), d.pop()])
    d.extend([10, 11])
    d.extendleft([20, 21])
    out("extend", d)
    d.rotate(3)
    out("rotate 3", d)
    d.rotate(-5)
    out("rotate -5", d)
    d.rotate(100)
    out("rotate 100", d)
    d.rotate()
    out("rotate", d)
    out("index", [d[0], d[-1], d[3], len(d), 10 in d, 99 in d])
    d[2] = 55
    del d[0]
    out("setitem delitem", d)
    out("count index", [d.count(55), d.index(55)])
    d.remove(55)
    d.insert(1, 1000)
    d.reverse()
    out("remove insert reverse", d)
    m = deque([1, 2, 3], maxlen=3)
    m.append(4)
    out("maxlen append", m)
    m.appendleft(0)
    out("maxlen appendleft", m)
    m.extend(range(10))
    out("maxlen extend", m)
    out("maxlen", m.maxlen)
    out("no maxlen", deque([1]).maxlen)
    out("deque from", deque("abc", 2))
    out("maxlen 0", deque([1, 2], maxlen=0))
    out("empty", deque())
    out("copy", [m.copy(), m.copy() == m, deque([1, 2]) < deque([1, 3])])
    err("pop empty", lambda: deque().pop())
    err("popleft empty", lambda: deque().popleft())
    err("index error", lambda: deque([1])[5])
    err("remove missing", lambda: deque([1]).remove(5))
    err("index missing", lambda: deque(["a"]).index("b"))
    err("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
    q = deque([1, 2, 3])

    def mutate():
        for x in q:
            q.append(x)
    err("mutated", mutate)
    r = Rng(11)
    w = deque(maxlen=7)
    for _ in range(100):
        op = r.below(5)
        if op == 0:
            w.append(r.below(100))
        elif op == 1:
            w.appendleft(r.below(100))
        elif op == 2 and w:
            w.pop()
        elif op == 3:
            w.rotate(r.below(9) - 4)
        else:
            w.extend([r.below(10), r.below(10)])
    out("random deque", w)
    out("sum list", [sum(w), list(w)])


def heaps():
    r = Rng(21)
    h = []
    popped = []
    for i in range(400):
        if r.below(3) == 0 and h:
            popped.append(heapq.heappop(h))
        else:
            heapq.heappush(h, (r.below(20), r.below(4)))
    out("heap", h)
    out("popped", popped[:60])
    out("pushpop", [heapq.heappushpop(h, (5, 1)), heapq.heappushpop(h, (-1, 0))])
    out("replace", heapq.heapreplace(h, (3, 3)))
    out("heap after", h[:40])
    xs = [r.below(1000) for _ in range(3000)]
    heapq.heapify(xs)
    out("heapify big", xs[:80])
    ys = [(r.below(10), r.below(10)) for _ in range(101)]
    heapq.heapify(ys)
    out("heapify tuples", ys)
    fs = [r.below(100) / 4 for _ in range(50)]
    out("nlargest", heapq.nlargest(7, fs))
    out("nsmallest", heapq.nsmallest(7, fs))
    out("nlargest key", heapq.nlargest(5, ys, key=lambda t: t[1]))
    out("nsmallest key", heapq.nsmallest(5, ys, key=lambda t: t[0]))
    out("nlargest n big", heapq.nlargest(500, [3, 1, 2]))
    out("nsmallest 0", heapq.nsmallest(0, [3, 1, 2]))
    out("nsmallest 1", heapq.nsmallest(1, [3, 1, 2]))
    out("nlargest strs", heapq.nlargest(3, ["b", "a", "c", "bb"]))
    err("heappop empty", lambda: heapq.heappop([]))
    err("heapreplace empty", lambda: heapq.heapreplace([], 1))
    out("heappushpop empty", heapq.heappushpop([], 5))
    # Dijkstra-style with ties
    g = {0: [(1, 4), (2, 1)], 1: [(3, 1)], 2: [(1, 2), (3, 5)], 3: []}
    dist = {0: 0}
    pq = [(0, 0)]
    order = []
    while pq:
        dd, u = heapq.heappop(pq)
        if dd > dist.get(u, 10**9):
            continue
        order.append(u)
        for v, w in g[u]:
            nd = dd + w
            if nd < dist.get(v, 10**9):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    out("dijkstra", [dist, order])


def bisects():
    a = [1, 2, 2, 2, 3, 5, 8]
    out("bisect", [bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4),
                   bisect.bisect_left(a, 0), bisect.bisect_right(a, 100), bisect.bisect_left(a, 2, 2),
                   bisect.bisect_left(a, 8, 0, 3), bisect.bisect_right(a, 2.0)])
    b = []
    r = Rng(3)
    for _ in range(30):
        bisect.insort(b, r.below(20))
    out("insort", b)
    bisect.insort_left(b, 5)
    bisect.insort_right(b, 5)
    out("insort left right", b)
    recs = [(1, "a"), (3, "b"), (3, "c"), (7, "d")]
    out("bisect key", [bisect.bisect_left(recs, 3, key=lambda t: t[0]), bisect.bisect_right(recs, 3, key=lambda t: t[0])])
    bisect.insort(recs, (3, "z"), key=lambda t: t[0])
    bisect.insort_left(recs, (3, "y"), key=lambda t: t[0])
    out("insort key", recs)
    err("lo negative", lambda: bisect.bisect_left(a, 1, -1))
    err("hi too big", lambda: bisect.bisect_left(a, 100, 0, 20))


hashes()
str_hashes()
sets_of_ints()
sets_of_floats_and_tuples()
set_algebra()
set_displays()
set_misc()
dicts()
defaultdicts()
counters()
deques()
heaps()
bisects()
sys.stdout.write("\n".join(OUT) + "\n")
