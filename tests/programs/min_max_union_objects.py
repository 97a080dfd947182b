# min/max of two values of a union type or of objects compare by Python's rules.
def clamp(x, lo, hi):
    return max(lo, min(x, hi))


class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return f"P({self.v})"


print(clamp(5, 0, 3), clamp(-1.5, 0, 3), clamp(2, 0.5, 3))
try:
    print(clamp("a", 0, 3))
except TypeError as e:
    print("TypeError:", e)
print(min(P(3), P(1)), max(P(3), P(1), P(3)), min(P(2), P(2)))
