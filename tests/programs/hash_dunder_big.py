# A __hash__ returning an int beyond 64 bits hashes as that int does (CPython's slot_tp_hash);
# -1 becomes -2. Sets of such objects keep CPython's order.
class P:
    def __init__(self, a):
        self.a = a
    def __hash__(self):
        return hash(self.a) + 2 ** 62 + self.a * 2 ** 63
    def __eq__(self, o):
        return self.a == o.a

class M:
    def __hash__(self):
        return -1
    def __eq__(self, o):
        return True

print(hash(P(3)), hash(P(-5)), hash(M()))
s = {P(i) for i in range(20)}
print([p.a for p in s])
print(len({M(), M()}))
