# `sep.join(...)` of a generator expression or list comprehension of strs, appended as produced:
# separators, empty and filtered sources, nested joins, side effects in order, an exception
# part-way (no result, the side effects before it kept), non-ASCII text.
def noisy(s):
    print("making", s)
    return s.upper()


def fail_at(words, bad):
    for w in words:
        if w == bad:
            raise ValueError(f"bad word {w!r}")
        yield w


words = "the quick brown fox jumps over the lazy dog".split()
print("-".join(w for w in words))
print("".join(w[0] for w in words if len(w) > 3))
print(", ".join([w.capitalize() for w in words]))
print("[" + "|".join(x for x in words if x == "none") + "]")
print(" / ".join(noisy(w) for w in words[:3]))
print("\n".join(" ".join(str(i * j) for j in range(1, 5)) for i in range(1, 4)))
table = {c: format(ord(c), "b") for c in set("héllo wörld")}
bits = "".join(table[c] for c in "héllo wörld")
print(len(bits), bits[:20])
sep = "→"
print(sep.join(c for c in "naïve"))
try:
    out = "+".join(w for w in fail_at(words, "fox"))
    print("not reached", out)
except ValueError as e:
    print("ValueError:", e)
print(len("".join(str(n) for n in range(1000))))
