# pprint.pformat of many generated nested values (lists, tuples, dicts, sets, strings, floats,
# big ints) at widths around where they wrap, with indent, compact and sort_dicts varied.
import random
from pprint import pformat, pprint

rng = random.Random(7)
WORDS = ["a", "bb", "ccc", "dddd", "the quick", "brown fox ", "  jumps", "over\nthe", "lazy dog", "x y z w v u t s"]


def word():
    return rng.choice(WORDS) * rng.randint(1, 3)


def pow10(k):
    p = 1
    for _ in range(k):
        p *= 10
    return p


def int_list(n):
    out = []
    for _ in range(n):
        lo = -pow10(rng.randint(1, 17))
        hi = pow10(rng.randint(1, 17))
        out.append(rng.randint(lo, hi) * pow10(rng.randint(0, 8)))
    return out


def matrix():
    n = rng.randint(1, 5)
    return [[rng.random() * 100 - 50 for _ in range(n)] for _ in range(rng.randint(1, 5))]


def table():
    d = {}
    for _ in range(rng.randint(0, 6)):
        d[word()] = int_list(rng.randint(0, 6))
    return d


def records():
    return [(rng.randint(0, 999), word(), int_list(rng.randint(0, 4))) for _ in range(rng.randint(1, 5))]


def int_set():
    return set(int_list(rng.randint(0, 12)))


checked = 0
for round_no in range(12):
    values_m = matrix()
    values_t = table()
    values_r = records()
    values_s = int_set()
    text = " ".join(word() for _ in range(rng.randint(1, 12)))
    nested = {word(): {(rng.randint(0, 9), word()): int_set() for _ in range(2)} for _ in range(2)}
    for width in [1, 7, 19, 30, 45, 80]:
        indent = rng.randint(1, 4)
        compact = rng.random() < 0.5
        print(pformat(values_m, width=width))
        print(pformat(values_t, indent=indent, width=width, compact=compact))
        print(pformat(values_t, width=width, sort_dicts=False))
        print(pformat(values_r, indent=indent, width=width, compact=compact))
        print(pformat(values_s, width=width, compact=compact))
        print(pformat(text, width=width))
        print(pformat([text, text], width=width))
        print(pformat(nested, indent, width))
        pprint((values_m, values_s), width=width, compact=True)
        checked += 9
print(checked, "values")
