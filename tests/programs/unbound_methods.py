# `Class.method` as a function value (`key=P.size`, `map(P.size, ps)`); explicit base calls
# (`Base.__init__(self, ...)`) stay calls of that class's method.
class P:
    made = 0

    def __init__(self, n):
        P.made += 1
        self.n = n

    def size(self):
        return self.n * 2

    def scaled(self, k):
        return self.n * k


class Q(P):
    def __init__(self, n, tag):
        P.__init__(self, n)
        self.tag = tag

    def describe(self):
        return f"{self.tag}:{P.size(self)}"


ps = [P(3), P(1), Q(2, "q")]
print([p.n for p in sorted(ps, key=P.size)], max(ps, key=P.size).n, P.made)
print(list(map(P.size, ps)), list(map(P.scaled, ps, [10, 20, 30])))
f = P.scaled
print(f(ps[0], 5), Q(7, "z").describe(), Q.describe(Q(1, "w")))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["x", "y"])))
